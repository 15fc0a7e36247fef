using System.Text;
using WireIngest.Core.Extraction;

namespace WireIngest.Tests.Extraction;

[TestFixture]
public sealed class Utf16TextTests
{
    private const string Page = "<!DOCTYPE html><html><head><title>Quake</title></head><body><p>TOKYO (Reuters) - A strong earthquake struck.</p></body></html>";

    private const string Japanese = "<p>東京で地震が発生しました。被害の報告はありません。</p>\n<p>気象庁によると、震源の深さは10キロ。</p>\n";

    private static IEnumerable<TestCaseData> Utf16Inputs()
    {
        yield return new TestCaseData(Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes(Page)), 1200, 2).SetName("Detect_LittleEndianBom_LittleEndianAfterTwoBytes");
        yield return new TestCaseData(Bytes([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(Page)), 1201, 2).SetName("Detect_BigEndianBom_BigEndianAfterTwoBytes");
        yield return new TestCaseData(Encoding.Unicode.GetBytes(Page), 1200, 0).SetName("Detect_LittleEndianMarkupWithoutBom_LittleEndian");
        yield return new TestCaseData(Encoding.BigEndianUnicode.GetBytes(Page), 1201, 0).SetName("Detect_BigEndianMarkupWithoutBom_BigEndian");
        yield return new TestCaseData(Encoding.Unicode.GetBytes(string.Concat(Enumerable.Repeat(Japanese, 80))), 1200, 0).SetName("Detect_JapaneseWithoutBomLongerThanTheHead_LittleEndian");
        yield return new TestCaseData(Encoding.BigEndianUnicode.GetBytes("\u0001\u0016\u0016\u0002AP-Lake rescue\r\n   By SAM RIVERA\r\n\u0003\u0004"), 1201, 0).SetName("Detect_WireFramingWithoutBom_BigEndian");
    }

    [TestCaseSource(nameof(Utf16Inputs))]
    public void Detect_Utf16_EncodingAndBomLength(byte[] bytes, int codePage, int bomLength)
    {
        Encoding? encoding = Utf16Text.Detect(bytes, out int bom);

        Assert.That(encoding?.CodePage, Is.EqualTo(codePage));
        Assert.That(bom, Is.EqualTo(bomLength));
    }

    private static IEnumerable<TestCaseData> NotUtf16Inputs()
    {
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Page)).SetName("Detect_Utf8Page_Null");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Japanese)).SetName("Detect_Utf8Japanese_Null");
        yield return new TestCaseData(Array.Empty<byte>()).SetName("Detect_Empty_Null");
        // Stray NULs at odd offsets only, but a handful in a long ASCII text: damaged text, not UTF-16.
        yield return new TestCaseData(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("officials said\0 on Monday, ", 6)) + new string('x', 3000))).SetName("Detect_AsciiWithFewStrayNuls_Null");
        yield return new TestCaseData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01 }).SetName("Detect_JpegHeader_Null");
        // Zeros on one side only, but the other side is 16-bit data: control characters throughout.
        yield return new TestCaseData(Enumerable.Range(0, 2048).SelectMany(i => new[] { (byte)(i % 40), (byte)0 }).ToArray()).SetName("Detect_SixteenBitSamples_Null");
        // Zeros on one side only, but a low surrogate with no high one before it.
        yield return new TestCaseData(Bytes(Encoding.Unicode.GetBytes("<p>text</p>"), [0x00, 0xDC], Encoding.Unicode.GetBytes("<p>more</p>"))).SetName("Detect_BrokenSurrogate_Null");
    }

    [TestCaseSource(nameof(NotUtf16Inputs))]
    public void Detect_NotUtf16_Null(byte[] bytes)
    {
        Assert.That(Utf16Text.Detect(bytes, out int bom), Is.Null);
        Assert.That(bom, Is.Zero);
    }

    [Test]
    public void Detect_SurrogatePairCutByTheHead_StillUtf16()
    {
        // "𝄞" (U+1D11E) is a surrogate pair; placed so that the 4096-byte head ends between its halves.
        string text = new string(' ', 2047) + "𝄞" + "<p>after</p>";
        byte[] bytes = Encoding.Unicode.GetBytes(text);

        Assert.That(Utf16Text.Detect(bytes, out _)?.CodePage, Is.EqualTo(1200));
    }

    private static byte[] Bytes(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
