using System.Text;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Turns document bytes into text: BOM first, then a declared charset, then UTF-8 when the bytes are valid UTF-8,
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
        if (TryDecodeBom(bytes, out string? text))
        {
            return text;
        }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared
            && (declared.CodePage != Encoding.UTF8.CodePage || System.Text.Unicode.Utf8.IsValid(bytes)))
        {
            return declared.GetString(bytes);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        return Encoding.GetEncoding(1252).GetString(bytes);
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

    private static bool TryDecodeBom(ReadOnlySpan<byte> bytes, out string text)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
            return true;
        }

        if (bytes.StartsWith("\xFF\xFE"u8))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.StartsWith("\xFE\xFF"u8))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        text = string.Empty;
        return false;
    }
}
