using System.Buffers;
using System.Text;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Turns document bytes into text: BOM first (UTF-16 also without one: <see cref="Utf16Text"/>), then a declared charset
/// (unless a legacy label sits over valid multi-byte UTF-8), then UTF-8 when the bytes are valid UTF-8,
/// then statistical detection (Shift_JIS, EUC-JP, GB18030, Big5, Cyrillic code pages…),
/// else Windows-1252 (the HTML standard's fallback for Latin pages).
/// </summary>
public static class CharsetDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="declaredCharset">A charset named by the transport or the document, or <c>null</c>.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        Encoding encoding = Choose(bytes, declaredCharset, out int bom);
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>
    /// Decodes the bytes as <see cref="Decode"/> does into an array rented from <see cref="ArrayPool{T}.Shared"/>: a large
    /// page's text is needed only while it is parsed, and a fresh string per page is a large-object allocation that
    /// only a full collection reclaims. Dispose the result to return the array.
    /// </summary>
    public static PooledText DecodePooled(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        Encoding encoding = Choose(bytes, declaredCharset, out int bom);
        ReadOnlySpan<byte> text = bytes[bom..];
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(text.Length)));
        try
        {
            return new PooledText(buffer, encoding.GetChars(text, buffer));
        }
        catch
        {
            ArrayPool<char>.Shared.Return(buffer);
            throw;
        }
    }

    // The encoding Decode reads the bytes with, and the length of the byte order mark it skips.
    private static Encoding Choose(ReadOnlySpan<byte> bytes, string? declaredCharset, out int bom)
    {
        if (Bom(bytes) is { } marked)
        {
            bom = marked.Length;
            return marked.Encoding;
        }

        if (Utf16Text.Detect(bytes, out bom) is { } utf16)
        {
            return utf16;
        }

        // A UTF-16 label on bytes that do not read as UTF-16 is wrong (the reader has already turned UTF-16 input into
        // UTF-8, and the HTML standard ignores the label too): the bytes decide.
        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && !IsUtf16(declared)
            && (declared.CodePage == Encoding.UTF8.CodePage ? System.Text.Unicode.Utf8.IsValid(bytes) : !IsMislabelledUtf8(bytes)))
        {
            return declared;
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return StrictUtf8;
        }

        return Detect(bytes) ?? Encoding.GetEncoding(1252);
    }

    // A legacy charset declared over bytes that are valid UTF-8 and hold multi-byte sequences is a stale label (a feed or
    // template kept "iso-8859-1" or "shift_jis" after the text moved to UTF-8): read as Latin-1, "å" would come out as "Ã¥",
    // and real Latin-1 text almost never forms valid UTF-8 (a lead byte like "Ã" followed only by C1 controls or "€‚ƒ…").
    // Multi-byte legacy text does even less: the kana of Shift_JIS and EUC-JP and the Chinese and Korean code pages' lead
    // bytes are UTF-8 continuation bytes, invalid where a character starts. (ISO-2022-JP is 7-bit: never in question.)
    private static bool IsMislabelledUtf8(ReadOnlySpan<byte> bytes) =>
        bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>
    /// Decodes an HTML page the way the HTML standard orders the evidence: BOM, the transport's charset
    /// (<paramref name="contentType"/>), a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration
    /// in the first bytes, then detection.
    /// </summary>
    /// <param name="bytes">The page.</param>
    /// <param name="contentType">HTTP <c>Content-Type</c>, or <c>null</c>.</param>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? contentType = null) => Decode(bytes, HtmlCharset(bytes, contentType));

    /// <summary>Decodes an HTML page as <see cref="DecodeHtml"/> does into a rented array (see <see cref="DecodePooled"/>).</summary>
    public static PooledText DecodeHtmlPooled(ReadOnlySpan<byte> bytes, string? contentType = null) => DecodePooled(bytes, HtmlCharset(bytes, contentType));

    private static string? HtmlCharset(ReadOnlySpan<byte> bytes, string? contentType)
    {
        string? declared = CharsetFromContentType(contentType) ?? MetaCharsetPrescanner.Find(bytes);
        if (declared is not null && TryGetEncoding(declared) is { } encoding && IsUtf16(encoding))
        {
            declared = "utf-8"; // A page that reached us as bytes cannot be UTF-16 by its own declaration (HTML standard).
        }

        return declared;
    }

    /// <summary>The <c>charset</c> parameter of a MIME content type, or <c>null</c>.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        return MetaCharsetPrescanner.CharsetParameter(contentType);
    }

    private static bool IsUtf16(Encoding encoding) => encoding.CodePage is 1200 or 1201;

    // Statistical detection for legacy multi-byte and Cyrillic pages; a weak guess is worse than the Latin fallback.
    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        byte[] sample = bytes.Length > 256 * 1024 ? bytes[..(256 * 1024)].ToArray() : bytes.ToArray();
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(sample);
        if (result.Detected is not { Confidence: >= 0.3f, EncodingName: { } name })
        {
            return null;
        }

        Encoding? encoding = TryGetEncoding(name);
        return encoding is null || IsUtf16(encoding) || encoding.CodePage is 20127 or 65001 ? null : encoding;
    }

    /// <summary>Looks an encoding up by its WHATWG/IANA label; <c>null</c> for unknown labels.</summary>
    public static Encoding? TryGetEncoding(string label)
    {
        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "latin1" or "iso-8859-1" or "us-ascii" or "ascii" => "windows-1252", // WHATWG maps these labels to windows-1252
            "x-sjis" or "shift-jis" or "sjis" => "shift_jis",
            "gb2312" or "gbk" => "gb18030",
            _ => name,
        };

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (Encoding.UTF8, 3) : null;
}
