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
    /// Whether the bytes look like a binary file rather than text in any charset:
    /// NUL bytes, or many C0 control characters other than the ones wire framings use (SOH, STX, ETX, EOT, SYN, tab, CR, LF, FF, VT).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false; // UTF-16 text carries NULs by design.
        }

        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x01 or 0x02 or 0x03 or 0x04 or 0x16 or 0x1F or 0x1E or 0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 50 > head.Length;
    }
}
