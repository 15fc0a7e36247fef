using System.Buffers;
using System.Globalization;
using System.Text;

namespace WireIngest.Core.Normalization;

/// <summary>
/// The project's one text normalisation: every Unicode space separator (and tab) becomes a plain space,
/// runs collapse, invisible format characters go, the result is NFC and trimmed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises the builder's text as <see cref="NormalizeInline(ReadOnlySpan{char})"/>, without copying it first when it is one chunk.</summary>
    public static string NormalizeInline(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder.ChunkEnumerator chunks = text.GetChunks();
        if (!chunks.MoveNext())
        {
            return string.Empty;
        }

        ReadOnlyMemory<char> first = chunks.Current;
        return first.Length == text.Length ? NormalizeInline(first.Span) : NormalizeInline(text.ToString());
    }

    /// <summary>Normalises one line or paragraph; line breaks inside it become spaces. A text that needs nothing is returned as is.</summary>
    public static string NormalizeInline(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : NeedsWork(text) ? NormalizeInline(text.AsSpan()) : text;

    /// <summary>Normalises one line or paragraph; line breaks inside it become spaces.</summary>
    public static string NormalizeInline(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        // Fast path: plain ASCII-ish text that needs nothing.
        if (!NeedsWork(text))
        {
            return text.ToString();
        }

        // The result is never longer than the input: collapse into a stack or pooled buffer, then make the one string.
        char[]? rented = null;
        Span<char> output = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }

            output[length++] = c;
        }

        string result = new(output[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return IsSurelyComposed(result) || result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalises a text block: paragraphs are separated by blank lines; each paragraph is normalised inline.</summary>
    public static IReadOnlyList<string> SplitParagraphs(string text)
    {
        var paragraphs = new List<string>();
        foreach (string block in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string p = NormalizeInline(block);
            if (p.Length > 0)
            {
                paragraphs.Add(p);
            }
        }

        return paragraphs;
    }

    /// <summary>Joins paragraphs with one blank line, the plain-text body form.</summary>
    public static string JoinParagraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    /// <summary>Whether the character is white space of any kind: a Unicode space separator, tab or line break.</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029'
        || (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    // Zero-width space, joiners that carry no meaning in Latin text, BOM, soft hyphen.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    // Latin text with typographic punctuation (curly quotes, dashes) is NFC by construction: every character below U+0300
    // (where combining marks start) and in U+2010–U+205E is its own composition with no combining class. Checking here
    // saves the call into ICU for almost every paragraph.
    private static bool IsSurelyComposed(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0300' && c is < '\u2010' or > '\u205E')
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsWork(ReadOnlySpan<char> text)
    {
        if (IsSpace(text[0]) || IsSpace(text[^1]))
        {
            return true;
        }

        bool previousSpace = false;
        foreach (char c in text)
        {
            if (c > '\u007f' || c is '\t' or '\n' or '\r' or '\f' or '\v')
            {
                return true;
            }

            bool space = c == ' ';
            if (space && previousSpace)
            {
                return true;
            }

            previousSpace = space;
        }

        return false;
    }
}
