using System.Globalization;
using System.Net;
using System.Text;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// HTML's named character references (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>, <c>&amp;mdash;</c> …) in an XML text, turned into
/// numeric ones. NITF and NewsML 1.2 files use them as declared by their DTDs (which carry the ISO Latin-1, symbol and
/// special entity sets), and RSS feeds use them undeclared; <see cref="SafeXml"/> never reads a DTD, so without this such a
/// story was rejected for one accented letter. Only HTML 4's fixed set is known (<see cref="WebUtility.HtmlDecode(string)"/>'s
/// table, each name one or two characters): a document's own entities stay undeclared, so nothing is ever expanded.
/// </summary>
internal static class HtmlEntityReferences
{
    // Longest HTML 4 entity name ("thetasym") with room to spare: a longer run is not a reference.
    private const int MaxNameLength = 10;

    /// <summary>
    /// <paramref name="xml"/> with every HTML named reference outside CDATA sections and comments written as a numeric
    /// reference; XML's own five (<c>amp</c>, <c>lt</c>, <c>gt</c>, <c>quot</c>, <c>apos</c>) and unknown names as they are.
    /// The same string when there is nothing to change.
    /// </summary>
    public static string ToNumeric(string xml)
    {
        StringBuilder? result = null;
        int copied = 0;
        int at = xml.AsSpan().IndexOfAny('&', '<');
        while (at >= 0)
        {
            int next = at + 1;
            if (xml[at] == '<')
            {
                // CDATA and comments are literal text: a "&nbsp;" there is what it says.
                next = SkipLiteral(xml, at, "<![CDATA[", "]]>") ?? SkipLiteral(xml, at, "<!--", "-->") ?? next;
            }
            else if (Name(xml, at) is { } name && !IsXmlEntity(name) && WebUtility.HtmlDecode($"&{name};") is { } decoded
                && decoded.Length <= 2 && decoded[0] != '&')
            {
                result ??= new StringBuilder(xml.Length + 64);
                result.Append(xml, copied, at - copied);
                result.Append(CultureInfo.InvariantCulture, $"&#x{char.ConvertToUtf32(decoded, 0):X};");
                copied = next = at + name.Length + 2;
            }

            int found = next < xml.Length ? xml.AsSpan(next).IndexOfAny('&', '<') : -1;
            at = found < 0 ? -1 : next + found;
        }

        return result is null ? xml : result.Append(xml, copied, xml.Length - copied).ToString();
    }

    // The index just past the literal section opening at start, or null when none opens there (an unclosed one runs to the end).
    private static int? SkipLiteral(string xml, int start, string open, string close)
    {
        if (string.CompareOrdinal(xml, start, open, 0, open.Length) != 0)
        {
            return null;
        }

        int end = xml.IndexOf(close, start + open.Length, StringComparison.Ordinal);
        return end < 0 ? xml.Length : end + close.Length;
    }

    // The name of a reference "&name;" at the ampersand, or null (a numeric reference, a bare ampersand, a long run).
    private static string? Name(string xml, int ampersand)
    {
        int start = ampersand + 1;
        int end = start;
        while (end < xml.Length && end - start <= MaxNameLength && char.IsAsciiLetterOrDigit(xml[end]))
        {
            end++;
        }

        return end > start && end < xml.Length && xml[end] == ';' && char.IsAsciiLetter(xml[start]) ? xml[start..end] : null;
    }

    private static bool IsXmlEntity(string name) => name is "amp" or "lt" or "gt" or "quot" or "apos";
}
