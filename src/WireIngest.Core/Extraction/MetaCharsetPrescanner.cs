using System.Buffers;
using System.Text;

namespace WireIngest.Core.Extraction;

/// <summary>
/// The HTML standard's encoding prescan, simplified: finds <c>&lt;meta charset=…&gt;</c> or
/// <c>&lt;meta http-equiv="content-type" content="…; charset=…"&gt;</c> in the first bytes of a page.
/// </summary>
internal static class MetaCharsetPrescanner
{
    /// <summary>How far to look; the standard says 1024 bytes, real pages put long head material first.</summary>
    internal const int PrescanLength = 8192;

    private static readonly SearchValues<char> ValueEnd = SearchValues.Create("\"';, />\t\r\n");

    /// <summary>The declared charset label, or <c>null</c>.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, PrescanLength)];
        string text = Encoding.Latin1.GetString(head); // ASCII-compatible view; labels are ASCII.
        int at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = text.IndexOf('>', at);
            if (end < 0)
            {
                break;
            }

            string tag = text[at..end];
            at = end;
            if (CharsetParameter(tag) is { } label)
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>The value of a <c>charset=</c> parameter in a meta tag or a MIME content type, or <c>null</c>.</summary>
    internal static string? CharsetParameter(string text)
    {
        int i = text.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return null;
        }

        ReadOnlySpan<char> rest = text.AsSpan(i + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart().TrimStart('"').TrimStart('\'');
        int stop = rest.IndexOfAny(ValueEnd);
        string label = (stop >= 0 ? rest[..stop] : rest).ToString();
        return label.Length == 0 ? null : label;
    }
}
