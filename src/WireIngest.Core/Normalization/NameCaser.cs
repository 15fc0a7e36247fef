using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WireIngest.Core.Normalization;

/// <summary>Re-cases personal names and places written in capitals (<c>JOHN MCDONALD</c> → <c>John McDonald</c>).</summary>
internal static partial class NameCaser
{
    // Particles stay lower case inside a name ("Ludwig van Beethoven", "Bashar al-Assad").
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn", "da", "das", "dos", "du", "la", "le", "al", "el", "ter", "ten", "zu", "of", "the", "y",
    };

    private static readonly HashSet<string> KeptUpper = new(StringComparer.OrdinalIgnoreCase) { "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII" };

    /// <summary>Whether the word is a name particle (<c>van</c>, <c>de</c>, <c>bin</c>, <c>al-…</c>, elided <c>d'Emilio</c>, <c>dell'Orto</c>) that stays lower case.</summary>
    public static bool IsParticle(string word) =>
        Particles.Contains(word) || word.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || ElidedParticle().IsMatch(word);

    /// <summary>Whether the text has letters and none of them is lower case.</summary>
    public static bool IsAllCaps(string text)
    {
        bool letters = false;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsUpper(c);
        }

        return letters;
    }

    /// <summary>Title-cases the text when it is all capitals; mixed-case text is returned as written.</summary>
    public static string RecaseIfAllCaps(string text) => IsAllCaps(text) ? Recase(text) : text;

    /// <summary>Title-cases every word, keeping particles lower case inside the name.</summary>
    public static string Recase(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(RecaseWord(words[i], notFirst: i > 0, notLast: i < words.Length - 1));
        }

        return builder.ToString();
    }

    private static string RecaseWord(string word, bool notFirst, bool notLast)
    {
        if (KeptUpper.Contains(word) || IsInitials(word))
        {
            return word.ToUpperInvariant();
        }

        if (notFirst && notLast && Particles.Contains(word))
        {
            return word.ToLowerInvariant();
        }

        // "AL-ASSAD" inside a name → "al-Assad"; "YEON-JE" → "Yeon-Je"; "O'NEIL" → "O'Neil".
        var builder = new StringBuilder(word.Length);
        int partStart = 0;
        for (int i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || word[i] is '-' or '\'' or '’')
            {
                string part = word[partStart..i];
                bool particle = notFirst && partStart == 0 && i < word.Length && word[i] == '-' && part.Equals("al", StringComparison.OrdinalIgnoreCase);
                builder.Append(particle ? part.ToLowerInvariant() : CapitalisePart(part));
                if (i < word.Length)
                {
                    builder.Append(word[i]);
                }

                partStart = i + 1;
            }
        }

        return builder.ToString();
    }

    private static string CapitalisePart(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        string lower = part.ToLower(CultureInfo.InvariantCulture);
        string result = char.ToUpperInvariant(lower[0]) + lower[1..];

        // Scottish and Irish "Mc" names: MCDONALD → McDonald.
        if (result.Length > 3 && result.StartsWith("Mc", StringComparison.Ordinal))
        {
            result = "Mc" + char.ToUpperInvariant(result[2]) + result[3..];
        }

        return result;
    }

    // "J.", "D.C.", "U.S." stay as written.
    private static bool IsInitials(string word) =>
        word.Length >= 2 && word.EndsWith('.') && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1);

    // An elided particle glued to a capitalised name: "d'Emilio", "dell'Orto", "l'Aquila".
    [GeneratedRegex(@"^\p{Ll}{1,4}['’]\p{Lu}")]
    private static partial Regex ElidedParticle();
}
