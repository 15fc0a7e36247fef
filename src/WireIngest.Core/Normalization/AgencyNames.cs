using System.Diagnostics.CodeAnalysis;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Canonical news-agency names (<c>Reuters</c>, <c>AP</c>, <c>AFP</c>, <c>dpa</c> …) and the variants they are written in.
/// Matching is case-insensitive and by whole words, except for two-letter acronyms that are ordinary words or
/// abbreviations in lower or title case (<c>Pa.</c> is Pennsylvania): those only match in capitals inside a longer text.
/// </summary>
public static class AgencyNames
{
    /// <summary>Canonical name → variants (the canonical name itself is always a variant).</summary>
    private static readonly (string Canonical, string[] Variants)[] Table =
    [
        ("Reuters", ["Thomson Reuters", "Reuters Breakingviews", "Breakingviews", "Reuters News", "Reuters TV", "Reuters Connect"]),
        ("AP", ["Associated Press", "The Associated Press", "AP News"]),
        ("AFP", ["Agence France-Presse", "Agence France Presse", "AFP News"]),
        ("Kyodo", ["Kyodo News", "Kyodo News Agency"]),
        ("dpa", ["Deutsche Presse-Agentur", "Deutsche Presse Agentur", "dpa-AFX"]),
        ("EFE", ["Agencia EFE", "Agencia Efe"]),
        ("ANSA", ["Agenzia ANSA", "Agenzia Nazionale Stampa Associata"]),
        ("AAP", ["Australian Associated Press"]),
        ("PA", ["Press Association", "PA Media", "PA Wire", "The Press Association"]),
        ("Xinhua", ["Xinhua News Agency", "Xinhua News"]),
        ("Yonhap", ["Yonhap News Agency", "Yonhap News"]),
        ("Bloomberg", ["Bloomberg News"]),
        ("UPI", ["United Press International"]),
        ("Jiji", ["Jiji Press", "Jiji Press Ltd"]),
        ("Belga", ["Agence Belga", "Belga News Agency"]),
        ("ANP", ["Algemeen Nederlands Persbureau"]),
        ("APA", ["Austria Presse Agentur", "APA-Austria Presse Agentur"]),
        ("CP", ["The Canadian Press", "Canadian Press"]),
        ("Anadolu", ["Anadolu Agency", "Anadolu Ajansi", "Anadolu Ajansı"]),
        ("TASS", ["ITAR-TASS"]),
        ("RIA", ["RIA Novosti"]),
        ("NTB", ["Norsk Telegrambyrå"]),
        ("TT", ["TT Nyhetsbyrån"]),
        ("Ritzau", ["Ritzaus Bureau"]),
        ("STT", ["STT-Info", "Suomen Tietotoimisto"]),
        ("BTA", ["Bulgarian News Agency"]),
        ("Europa Press", []),
        ("ANI", ["Asian News International"]),
        ("PTI", ["Press Trust of India"]),
        ("IANS", ["Indo-Asian News Service"]),
        ("Bernama", []),
        ("Antara", ["Antara News"]),
        ("Lusa", ["Agência Lusa"]),
        ("Interfax", []),
        ("Ukrinform", []),
        ("Agerpres", []),
        ("CTK", ["ČTK"]),
        ("PAP", ["Polska Agencja Prasowa"]),
    ];

    // Acronyms that are common words or abbreviations when not in capitals.
    private static readonly HashSet<string> CapitalsOnlyInText = new(StringComparer.Ordinal) { "AP", "PA", "CP", "TT", "ANI", "PAP" };

    private static readonly string[] GenericWireLabels =
    [
        "news wires", "newswires", "news wire", "wires", "wire", "wire services", "wire service", "wire reports",
        "news agencies", "agencies", "agency", "staff", "staff reporter", "staff reporters", "staff writer", "news desk", "newsdesk",
        "news service", "news services",
        // The same labels in the languages of the agencies' home markets: "Agenturen", "red." (Redaktion), "agences".
        "agenturen", "red", "redaktion", "agences", "agencias", "agenzie",
    ];

    private static readonly Dictionary<string, string> ByVariant = BuildLookup();

    private static readonly int LongestVariantWords = ByVariant.Keys.Max(k => k.Split(' ').Length);

    /// <summary>Canonicalises a string that is, as a whole, the name of an agency (<c>The Associated Press</c> → <c>AP</c>).</summary>
    /// <param name="name">The name; surrounding punctuation and white space are ignored.</param>
    /// <param name="canonical">The canonical name when it is an agency.</param>
    /// <returns>Whether <paramref name="name"/> names an agency.</returns>
    public static bool TryCanonicalize(string? name, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        string key = Key(name);
        return key.Length > 0 && ByVariant.TryGetValue(key, out canonical);
    }

    /// <summary>The first agency named in a short text as a whole sequence of words (<c>© Thomson Reuters 2024</c> → <c>Reuters</c>), or <c>null</c>.</summary>
    public static string? FindAgency(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] words = WordTokenizer.LettersAndDigits(text);
        for (int start = 0; start < words.Length; start++)
        {
            // Longest variant first, so "Thomson Reuters" wins over a shorter reading.
            for (int length = Math.Min(LongestVariantWords, words.Length - start); length >= 1; length--)
            {
                string candidate = string.Join(' ', words, start, length);
                if (ByVariant.TryGetValue(candidate.ToLowerInvariant(), out string? canonical)
                    && (!CapitalsOnlyInText.Contains(canonical) || length > 1 || candidate == canonical))
                {
                    return canonical;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Splits an agency named by the last words of a text from the words before it (<c>ZEKE MILLER Associated Press</c> →
    /// <c>ZEKE MILLER</c> and <c>AP</c>): AP prints its byline's agency after the last name without a comma.
    /// </summary>
    /// <returns>Whether the text ends with an agency after at least one other word.</returns>
    public static bool TrySplitTrailing(string text, out string head, [NotNullWhen(true)] out string? canonical)
    {
        head = text;
        canonical = null;
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int length = Math.Min(LongestVariantWords, words.Length - 1); length >= 1; length--)
        {
            string candidate = string.Join(' ', words, words.Length - length, length);
            if (TryCanonicalize(candidate, out canonical)
                && (!CapitalsOnlyInText.Contains(canonical) || length > 1 || candidate.Trim('.', ',') == canonical))
            {
                head = string.Join(' ', words, 0, words.Length - length);
                return true;
            }
        }

        canonical = null;
        return false;
    }

    /// <summary>Whether the name is an agency or a generic wire label (<c>NEWS WIRES</c>, <c>Staff</c>, <c>Reuters Staff</c>, <c>AFP-JIJI</c>).</summary>
    public static bool IsAgencyOrWire(string name)
    {
        if (TryCanonicalize(name, out _))
        {
            return true;
        }

        string key = Key(name);
        if (key.Length == 0)
        {
            return false;
        }

        if (Array.IndexOf(GenericWireLabels, key) >= 0)
        {
            return true;
        }

        // "Reuters Staff", "AFP reporters", "AP and Reuters", "AFP-JIJI", "AP/Reuters".
        string[] words = key.Split(' ');
        bool sawAgency = false;
        foreach (string word in words)
        {
            if (ByVariant.ContainsKey(word) || word is "jiji")
            {
                sawAgency = true;
            }
            else if (word is not ("staff" or "reporters" or "reporter" or "and" or "wires" or "wire" or "news" or "agencies" or "writers"))
            {
                return false;
            }
        }

        return sawAgency;
    }

    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string canonical, string[] variants) in Table)
        {
            lookup[Key(canonical)] = canonical;
            foreach (string variant in variants)
            {
                lookup[Key(variant)] = canonical;
            }
        }

        return lookup;
    }

    /// <summary>Lower-case words joined by single spaces.</summary>
    private static string Key(string text) => string.Join(' ', WordTokenizer.LettersAndDigits(text)).ToLowerInvariant();
}
