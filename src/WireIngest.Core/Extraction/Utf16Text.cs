using System.Text;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Recognises UTF-16 text by its byte order mark or, without one, by the zero bytes its ASCII characters (markup, spaces,
/// line breaks) leave on one side of every code unit. <see cref="DocumentReader"/> turns such input into UTF-8 before
/// anything else reads it: the format sniffers look for ASCII markers ("&lt;nitf", "&lt;html") that UTF-16 spreads two
/// bytes apart, and the binary check would take its zeros for a binary file. The charset detector this project uses
/// (UTF.Unknown) recognises UTF-16 by its BOM only: without one it answers windows-1252 or gb18030.
/// </summary>
public static class Utf16Text
{
    // Without a BOM: at least this many zero bytes on one side, and at least one code unit in this many zero there. ASCII
    // text with a few stray NULs is not mistaken for UTF-16; a Japanese page keeps the zeros of its markup and line breaks.
    private const int MinZeros = 4;
    private const int MinZeroShare = 32;

    private static readonly Encoding StrictLittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictBigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The UTF-16 encoding <paramref name="bytes"/> are in, or <c>null</c>; <paramref name="bomLength"/> is the length of
    /// the byte order mark to skip (0 when there is none). Without a BOM only the first
    /// <see cref="DocumentSniffer.HeadLength"/> bytes are looked at; they must decode as UTF-16 without broken surrogates
    /// and with almost no control characters, which a binary file with one-sided zeros does not.
    /// </summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        ReadOnlySpan<byte> head = bytes[..(Math.Min(bytes.Length, DocumentSniffer.HeadLength) & ~1)];
        if (!head.Contains((byte)0))
        {
            return null; // Nearly every document: one vectorised search.
        }

        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        // A U+0000 in the text zeroes both sides: a few on the other side are allowed.
        int units = head.Length / 2;
        if (IsOneSided(oddZeros, evenZeros, units) && ReadsAsText(StrictLittleEndian, head))
        {
            return Encoding.Unicode;
        }

        if (IsOneSided(evenZeros, oddZeros, units) && ReadsAsText(StrictBigEndian, head))
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static bool IsOneSided(int zeros, int otherZeros, int units) =>
        zeros >= MinZeros && zeros * MinZeroShare >= units && otherZeros * 16 <= zeros;

    // Decodes without broken surrogates (a pair cut at the end of the head is left pending, not an error) and holds
    // control characters (other than white space and wire framings) in at most one character of a hundred: text has
    // next to none, 16-bit binary data has many.
    private static bool ReadsAsText(Encoding encoding, ReadOnlySpan<byte> head)
    {
        char[] chars = new char[head.Length / 2];
        int count;
        try
        {
            count = encoding.GetDecoder().GetChars(head, chars, flush: false);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        int controls = 0;
        foreach (char c in chars.AsSpan(0, count))
        {
            controls += char.IsControl(c) && c != '\0' && !DocumentSniffer.IsTextControl(c) ? 1 : 0;
        }

        return controls * 100 <= count;
    }
}
