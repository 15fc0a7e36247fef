using System.Text;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>Finds the root element of an XML document from its first bytes, skipping the declaration, comments and a DOCTYPE.</summary>
internal static class XmlSniffer
{
    /// <summary>The root element's local name (prefix removed), or <c>null</c> when the head does not start like XML.</summary>
    public static string? RootLocalName(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> rest = DocumentSniffer.TrimStart(WithoutBom(head));
        while (!rest.IsEmpty && rest[0] == (byte)'<')
        {
            if (rest.StartsWith("<?"u8))
            {
                rest = SkipPast(rest, "?>"u8);
            }
            else if (rest.StartsWith("<!--"u8))
            {
                rest = SkipPast(rest, "-->"u8);
            }
            else if (rest.StartsWith("<!"u8))
            {
                rest = SkipDoctype(rest);
            }
            else
            {
                return ReadName(rest[1..]);
            }

            rest = DocumentSniffer.TrimStart(rest);
        }

        return null;
    }

    /// <summary>Whether the root element's local name is one of <paramref name="names"/> (case-sensitive, as XML is).</summary>
    public static bool RootIs(ReadOnlySpan<byte> head, params string[] names) =>
        RootLocalName(head) is { } root && Array.IndexOf(names, root) >= 0;

    /// <summary>The bytes after a UTF-8 byte-order mark, if there is one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes;

    private static ReadOnlySpan<byte> SkipPast(ReadOnlySpan<byte> span, ReadOnlySpan<byte> terminator)
    {
        int end = span.IndexOf(terminator);
        return end < 0 ? [] : span[(end + terminator.Length)..];
    }

    // A DOCTYPE may carry an internal subset in brackets, whose declarations contain '>'.
    private static ReadOnlySpan<byte> SkipDoctype(ReadOnlySpan<byte> span)
    {
        int bracket = 0;
        for (int i = 2; i < span.Length; i++)
        {
            switch (span[i])
            {
                case (byte)'[':
                    bracket++;
                    break;
                case (byte)']':
                    bracket--;
                    break;
                case (byte)'>' when bracket <= 0:
                    return span[(i + 1)..];
            }
        }

        return [];
    }

    private static string? ReadName(ReadOnlySpan<byte> span)
    {
        int end = 0;
        while (end < span.Length && span[end] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            end++;
        }

        if (end == 0 || end == span.Length)
        {
            return null;
        }

        string name = Encoding.UTF8.GetString(span[..end]);
        int colon = name.IndexOf(':');
        return colon >= 0 ? name[(colon + 1)..] : name;
    }
}
