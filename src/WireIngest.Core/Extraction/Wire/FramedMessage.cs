using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// One message of a framed wire stream (ANPA-1312, IPTC 7901): SOH, header lines, STX, text, ETX/EOT.
/// A stream holds any number of them.
/// </summary>
/// <param name="Header">Header lines between SOH and STX, control characters removed.</param>
/// <param name="Text">Text between STX and ETX (or the end), control characters other than tab and line breaks replaced by spaces.</param>
/// <param name="Trailer">What follows ETX before EOT (ANPA's post-text time stamp), decoded as <paramref name="Text"/>; empty without ETX.</param>
internal sealed record FramedMessage(IReadOnlyList<string> Header, string Text, string Trailer)
{
    private const byte Soh = 0x01;
    private const byte Stx = 0x02;
    private const byte Etx = 0x03;
    private const byte Eot = 0x04;
    private const byte Syn = 0x16;
    private const byte Us = 0x1F;
    private const byte Del = 0x7F;

    /// <summary>Every message of the stream that has a text part.</summary>
    public static List<FramedMessage> Split(RawDocument document)
    {
        ReadOnlySpan<byte> content = document.Content.Span;
        var messages = new List<FramedMessage>();
        int start = content.IndexOf(Soh);
        while (start >= 0)
        {
            int next = content[(start + 1)..].IndexOf(Soh);
            int end = next < 0 ? content.Length : start + 1 + next;
            ReadOnlySpan<byte> message = content[(start + 1)..end];
            int stx = message.IndexOf(Stx);
            if (stx >= 0)
            {
                ReadOnlySpan<byte> text = message[(stx + 1)..];
                int stop = text.IndexOfAny(Etx, Eot);
                ReadOnlySpan<byte> trailer = stop >= 0 && text[stop] == Etx ? text[(stop + 1)..] : [];
                int eot = trailer.IndexOf(Eot);
                messages.Add(new FramedMessage(
                    Lines(Decode(message[..stx])).Where(l => l.Length > 0).ToList(),
                    Decode(stop < 0 ? text : text[..stop]),
                    Decode(eot < 0 ? trailer : trailer[..eot]).Trim()));
            }

            start = next < 0 ? -1 : end;
        }

        return messages;
    }

    /// <summary>Whether the head starts with a framing SOH (after SYN/DEL fill characters and line breaks).</summary>
    /// <param name="head">The document's first bytes.</param>
    /// <param name="firstLine">The header's first line (after SOH), raw.</param>
    public static bool StartsFramed(ReadOnlySpan<byte> head, out ReadOnlySpan<byte> firstLine)
    {
        int i = 0;
        while (i < head.Length && head[i] is Syn or Del or (byte)'\r' or (byte)'\n' or (byte)' ')
        {
            i++;
        }

        if (i >= head.Length || head[i] != Soh)
        {
            firstLine = [];
            return false;
        }

        ReadOnlySpan<byte> rest = head[(i + 1)..];
        int eol = rest.IndexOfAny((byte)'\r', (byte)'\n');
        firstLine = eol < 0 ? rest : rest[..eol];
        return rest.IndexOf(Stx) >= 0;
    }

    /// <summary>Whether the line holds the US separator that ANPA-1312 puts after the selector code.</summary>
    public static bool HasUnitSeparator(ReadOnlySpan<byte> line) => line.IndexOf(Us) >= 0;

    /// <summary>Splits text into lines without line-break characters.</summary>
    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    // Format-effector controls (DC1-DC4, SI/SO, FS...) are layout marks in these streams, not text.
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        char[] text = CharsetDecoder.Decode(bytes, null).ToCharArray();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r'))
            {
                text[i] = ' ';
            }
        }

        return new string(text);
    }
}
