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
    // Characters that never need work: ASCII other than tab and line breaks (a space needs work only doubled or at an end).
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007F");

    // Everything below U+0300, where combining marks start.
    private static readonly SearchValues<char> BelowCombiningMarks = SearchValues.Create(Enumerable.Range(0, 0x300).Select(c => (char)c).ToArray());

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
        string.IsNullOrEmpty(text) ? string.Empty : NeedsWork(text) ? Rewrite(text) : text;

    /// <summary>Normalises one line or paragraph; line breaks inside it become spaces.</summary>
    public static string NormalizeInline(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        return NeedsWork(text) ? Rewrite(text) : text.ToString();
    }

    private static string Rewrite(ReadOnlySpan<char> text)
    {
        // The result is never longer than the input: collapse into a stack or pooled buffer, then make the one string.
        char[]? rented = null;
        Span<char> output = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            // Printable ASCII other than the space is neither white space nor invisible: kept without asking.
            if (c is <= ' ' or >= '\u007F')
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
    private static bool IsSurelyComposed(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAnyExcept(BelowCombiningMarks); i >= 0; i = NextExcept(text, i, BelowCombiningMarks))
        {
            if (text[i] is < '\u2010' or > '\u205E')
            {
                return false;
            }
        }

        return true;
    }

    // The index of the next character after the one at 'after' that is not one of the values, or -1.
    private static int NextExcept(ReadOnlySpan<char> text, int after, SearchValues<char> values)
    {
        int next = text[(after + 1)..].IndexOfAnyExcept(values);
        return next < 0 ? -1 : after + 1 + next;
    }

    // Whether the text would come out changed. Text needs nothing when it has no space at either end, no doubled space, and only
    // characters that are neither white space nor invisible and are surely composed (see IsSurelyComposed): plain ASCII found by
    // one vectorised search, and non-ASCII Latin letters and typographic punctuation checked one by one.
    private static bool NeedsWork(ReadOnlySpan<char> text)
    {
        if (IsSpace(text[0]) || IsSpace(text[^1]) || text.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        for (int i = text.IndexOfAnyExcept(PlainAscii); i >= 0; i = NextExcept(text, i, PlainAscii))
        {
            if (!IsKeptAsIs(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // A non-ASCII character the normalisation leaves alone wherever it stands: below U+0300 or typographic punctuation
    // (U+2010–U+205E), but not a space (no-break, line and paragraph separators, narrow no-break), a control line break or a soft hyphen.
    private static bool IsKeptAsIs(char c) =>
        c is (>= '\u00A1' and < '\u0300') or (>= '\u2010' and <= '\u205E') && c is not ('\u00AD' or '\u2028' or '\u2029' or '\u202F');
}
