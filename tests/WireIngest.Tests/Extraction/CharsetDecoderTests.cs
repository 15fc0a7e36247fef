using System.Text;
using WireIngest.Core.Extraction;

namespace WireIngest.Tests.Extraction;

[TestFixture]
public sealed class CharsetDecoderTests
{
    [TestCase("text/html; charset=Shift_JIS", "Shift_JIS")]
    [TestCase("text/html;charset=\"utf-8\"", "utf-8")]
    [TestCase("text/html; charset = euc-jp; foo=bar", "euc-jp")]
    [TestCase("text/html", null)]
    [TestCase(null, null)]
    [TestCase("text/html; charset=", null)]
    public void CharsetFromContentType_ContentType_ReturnsCharset(string? contentType, string? expected)
    {
        Assert.That(CharsetDecoder.CharsetFromContentType(contentType), Is.EqualTo(expected));
    }

    [TestCase("<html><head><meta charset=\"euc-jp\"><title>", "euc-jp")]
    [TestCase("<html><head><meta charset=windows-1251>", "windows-1251")]
    [TestCase("<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">", "Shift_JIS")]
    [TestCase("<meta name=\"viewport\" content=\"width=device-width\"><meta charset='koi8-r'>", "koi8-r")]
    [TestCase("<html><head><title>No declaration</title></head>", null)]
    public void Find_MetaDeclaration_ReturnsLabel(string head, string? expected)
    {
        Assert.That(MetaCharsetPrescanner.Find(Encoding.ASCII.GetBytes(head)), Is.EqualTo(expected));
    }

    [Test]
    public void DecodeHtml_TransportCharset_BeatsMetaDeclaration()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding("windows-1251").GetBytes("<meta charset=\"iso-8859-1\"><p>Привет</p>");

        Assert.That(CharsetDecoder.DecodeHtml(bytes, "text/html; charset=windows-1251"), Does.Contain("Привет"));
    }

    [TestCase("utf-16")]
    [TestCase("UTF-16LE")]
    [TestCase("utf-16be")]
    public void Decode_Utf16LabelOnUtf8Bytes_ReadsAsUtf8(string declared)
    {
        // What the reader hands on for a UTF-16 XML file: UTF-8 bytes whose declaration still names UTF-16.
        byte[] bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><nitf>Café</nitf>");

        Assert.That(CharsetDecoder.Decode(bytes, declared), Is.EqualTo("<?xml version=\"1.0\" encoding=\"UTF-16\"?><nitf>Café</nitf>"));
    }

    [Test]
    public void Decode_Utf16WithoutBom_ReadsAsUtf16()
    {
        string text = "<nitf><body>東京 — Café</body></nitf>";

        Assert.That(CharsetDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(text), "utf-8"), Is.EqualTo(text));
    }

    [Test]
    public void DecodeHtml_DeclaredUtf16WithoutBom_ReadsAsUtf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-16\"><p>Grüße</p>");

        Assert.That(CharsetDecoder.DecodeHtml(bytes), Does.Contain("Grüße"));
    }

    // The label wins unless it is a legacy charset over valid multi-byte UTF-8 (a stale label); real Latin-1,
    // Windows-1252, Shift_JIS and EUC-JP bytes keep their declared reading.
    [TestCase("iso-8859-1", new byte[] { 0x34, 0x31, 0x2D, 0xC3, 0xA5, 0x72, 0x69, 0x67 }, "41-årig")]
    [TestCase("windows-1252", new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9 }, "Café")]
    [TestCase("iso-8859-1", new byte[] { 0x34, 0x31, 0x2D, 0xE5, 0x72, 0x69, 0x67 }, "41-årig")]
    [TestCase("windows-1252", new byte[] { 0x80, 0x20, 0x35 }, "€ 5")]
    [TestCase("windows-1252", new byte[] { 0xC3, 0x80, 0x20, 0x35 }, "À 5")]
    [TestCase("shift_jis", new byte[] { 0x93, 0xFA, 0x96, 0x7B }, "日本")]
    [TestCase("shift_jis", new byte[] { 0xE6, 0x97, 0xA5, 0xE6, 0x9C, 0xAC, 0xE3, 0x81, 0xAE }, "日本の")]
    [TestCase("euc-jp", new byte[] { 0xC6, 0xFC, 0xCB, 0xDC, 0xA4, 0xCE }, "日本の")]
    [TestCase("euc-jp", new byte[] { 0xE6, 0x97, 0xA5, 0xE6, 0x9C, 0xAC, 0xE3, 0x81, 0xAE }, "日本の")]
    [TestCase("gb2312", new byte[] { 0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC }, "北京")]
    [TestCase("iso-8859-1", new byte[] { 0x70, 0x6C, 0x61, 0x69, 0x6E }, "plain")]
    public void Decode_DeclaredCharset_ReadsAsExpected(string declared, byte[] bytes, string expected)
    {
        Assert.That(CharsetDecoder.Decode(bytes, declared), Is.EqualTo(expected));
    }

    [Test]
    public void Decode_Utf8Bom_IsStripped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>é</p>")];

        Assert.That(CharsetDecoder.Decode(bytes), Is.EqualTo("<p>é</p>"));
    }

    [Test]
    public void Decode_InvalidUtf8WithoutDeclaration_FallsBackToWindows1252()
    {
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9];

        Assert.That(CharsetDecoder.Decode(bytes), Is.EqualTo("café"));
    }

    // Every evidence path of the decoder: BOMs, declared labels (right, stale, unknown), valid UTF-8, detection, fallback, empty.
    private static IEnumerable<TestCaseData> DecodingCases()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        yield return new TestCaseData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0xA9 }, null).SetName("Utf8Bom");
        yield return new TestCaseData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00 }, null).SetName("Utf16LeBom");
        yield return new TestCaseData(new byte[] { 0xFE, 0xFF, 0x00, 0x61, 0x00, 0xE9 }, null).SetName("Utf16BeBom");
        yield return new TestCaseData(new byte[] { 0x34, 0x31, 0x2D, 0xC3, 0xA5 }, "iso-8859-1").SetName("StaleLatin1Label");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("東京の天気は晴れ。"), "shift_jis").SetName("StaleShiftJisLabel");
        yield return new TestCaseData(new byte[] { 0x80, 0x20, 0x35 }, "windows-1252").SetName("Windows1252");
        yield return new TestCaseData(new byte[] { 0x61, 0xFF, 0x62 }, "utf-8").SetName("InvalidUtf8Declared");
        yield return new TestCaseData(new byte[] { 0x61, 0xFF, 0x62 }, "no-such-charset").SetName("UnknownLabel");
        yield return new TestCaseData(Encoding.GetEncoding("shift_jis").GetBytes("日本語の記事です。東京の天気は晴れ。"), "shift_jis").SetName("ShiftJisDeclared");
        yield return new TestCaseData(Encoding.GetEncoding("euc-jp").GetBytes(string.Concat(Enumerable.Repeat("東京で記者会見が開かれた。", 20))), null).SetName("EucJpDetected");
        yield return new TestCaseData(new byte[] { 0x63, 0x61, 0x66, 0xE9 }, null).SetName("Latin1Fallback");
        yield return new TestCaseData(Array.Empty<byte>(), null).SetName("Empty");
    }

    [TestCaseSource(nameof(DecodingCases))]
    public void DecodePooled_AnyEvidence_SameTextAsDecode(byte[] bytes, string? declared)
    {
        using PooledText pooled = CharsetDecoder.DecodePooled(bytes, declared);

        Assert.That(pooled.Memory.ToString(), Is.EqualTo(CharsetDecoder.Decode(bytes, declared)));
    }

    [Test]
    public void DecodePooled_Disposed_MemoryRefused()
    {
        PooledText pooled = CharsetDecoder.DecodePooled("abc"u8);
        pooled.Dispose();
        pooled.Dispose(); // A second dispose must not return the array twice.

        Assert.Throws<ObjectDisposedException>(() => _ = pooled.Memory);
    }
}
