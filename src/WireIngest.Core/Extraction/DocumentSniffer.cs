using System.Text;

namespace WireIngest.Core.Extraction;

/// <summary>Content checks shared by every extractor's <see cref="IArticleExtractor.CanExtract"/>.</summary>
public static class DocumentSniffer
{
    /// <summary>How many leading bytes extractors get to recognise their format.</summary>
    public const int HeadLength = 4096;

    /// <summary>Skips a UTF-8 BOM and leading whitespace.</summary>
    public static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        int i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return head[i..];
    }

    /// <summary>Whether <paramref name="needle"/> (ASCII) occurs in the head, ASCII case-insensitively.</summary>
    // Asked a few dozen times per document while extractors sniff the format: the vectorised search for the needle's first
    // letter in either case, then a compare at each hit, instead of a lowered copy of the head per question.
    public static bool Contains(ReadOnlySpan<byte> head, string needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        if (needle.Length == 0)
        {
            return true;
        }

        byte lower = (byte)char.ToLowerInvariant(needle[0]);
        byte upper = (byte)char.ToUpperInvariant(needle[0]);
        for (int at = 0; head.Length - at >= needle.Length;)
        {
            int hit = head[at..^(needle.Length - 1)].IndexOfAny(lower, upper);
            if (hit < 0)
            {
                return false;
            }

            at += hit;
            if (Ascii.EqualsIgnoreCase(head.Slice(at, needle.Length), needle))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    /// <summary>
    /// Whether the bytes look like a binary file rather than text in any charset: NUL bytes in more than one byte of a
    /// hundred, or many C0 control characters (NULs among them) other than the ones wire framings use (SOH, STX, ETX, EOT,
    /// SYN, tab, CR, LF, FF, VT). UTF-16 (<see cref="Utf16Text"/>) is text whatever its zeros.
    /// </summary>
    // A stray NUL is a damaged text, not a binary file: HTML parsers drop it, the normaliser strips control characters,
    // and old wire feeds pad with NUL time-fill. Images, archives and executables hold far more of them.
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (Utf16Text.Detect(head, out _) is not null)
        {
            return false;
        }

        int nuls = 0;
        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                nuls++;
            }
            else if (b < 0x20 && !IsTextControl((char)b))
            {
                controls++;
            }
        }

        int all = nuls + controls;
        return nuls * 100 > head.Length || (all > 8 && all * 50 > head.Length);
    }

    /// <summary>Whether a C0 control character belongs in text: white space, and the framings of wire copy (SOH, STX, ETX, EOT, SYN, RS, US, ESC).</summary>
    internal static bool IsTextControl(char c) => c is '\x01' or '\x02' or '\x03' or '\x04' or '\x16' or '\x1E' or '\x1F' or '\x1B'
        or '\t' or '\n' or '\v' or '\f' or '\r';
}
