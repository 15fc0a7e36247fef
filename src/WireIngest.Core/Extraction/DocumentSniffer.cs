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

    /// <summary>Whether <paramref name="needle"/> occurs in the head, ASCII case-insensitively.</summary>
    public static bool Contains(ReadOnlySpan<byte> head, string needle)
    {
        Span<byte> lower = head.Length <= 8192 ? stackalloc byte[head.Length] : new byte[head.Length];
        for (int i = 0; i < head.Length; i++)
        {
            byte b = head[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        Span<byte> n = stackalloc byte[needle.Length];
        for (int i = 0; i < needle.Length; i++)
        {
            char c = char.ToLowerInvariant(needle[i]);
            n[i] = (byte)c;
        }

        return lower.IndexOf(n) >= 0;
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
