using System.Text;
using WireIngest.Core.Extraction;

namespace WireIngest.Tests.Extraction;

[TestFixture]
public sealed class DocumentSnifferTests
{
    [TestCase("<!DOCTYPE html><html>", "<!doctype html", true)]
    [TestCase("<HTML><BODY>", "<body", true)]
    [TestCase("  <nItF version=\"3.4\">", "<nitf", true)]
    [TestCase("<nit", "<nitf", false)]
    [TestCase("<ni<nitf", "<nitf", true)]
    [TestCase("", "<p", false)]
    [TestCase("abc", "", true)]
    [TestCase("xmlns=\"http://www.w3.org/2005/Atom\"", "http://www.w3.org/2005/atom", true)]
    [TestCase("<p>", "<p", true)]
    [TestCase("p", "p", true)]
    [TestCase("<htm", "<html", false)]
    public void Contains_AsciiCaseInsensitive_FindsNeedle(string head, string needle, bool expected) =>
        Assert.That(DocumentSniffer.Contains(Encoding.UTF8.GetBytes(head), needle), Is.EqualTo(expected));

    [Test]
    public void Contains_NonAsciiBytes_NeverMatchAsciiNeedle()
    {
        // 0xC3 0x89 is "É": no ASCII case folding may turn it into "e".
        byte[] head = [(byte)'<', 0xC3, 0x89, (byte)'m'];
        Assert.That(DocumentSniffer.Contains(head, "<em"), Is.False);
    }

    [Test]
    public void Contains_RandomHeads_AnswersAsLoweredCopySearch()
    {
        var random = new Random(20261128);
        string[] needles = ["<html", "<P", "<!--", "<rdf:rdf", "a", "<nitf", "zz"];
        byte[] alphabet = "<>!-pPhHtTmMlLaArRdDfF:nNiI zZ\u00e9"u8.ToArray();
        for (int round = 0; round < 2000; round++)
        {
            byte[] head = new byte[random.Next(0, 40)];
            for (int i = 0; i < head.Length; i++)
            {
                head[i] = alphabet[random.Next(alphabet.Length)];
            }

            foreach (string needle in needles)
            {
                Assert.That(DocumentSniffer.Contains(head, needle), Is.EqualTo(LoweredCopyContains(head, needle)), $"{Convert.ToHexString(head)} / {needle}");
            }
        }
    }

    // The definition the vectorised search replaced: lower the ASCII letters of both, then search.
    private static bool LoweredCopyContains(byte[] head, string needle)
    {
        byte[] lower = [.. head.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b)];
        byte[] n = [.. needle.Select(c => (byte)char.ToLowerInvariant(c))];
        return lower.AsSpan().IndexOf(n) >= 0;
    }

    private static IEnumerable<TestCaseData> LooksBinaryCases()
    {
        string story = "TOKYO (Reuters) - A strong earthquake struck northern Japan on Monday, officials said. ";
        string longStory = string.Concat(Enumerable.Repeat(story, 12));
        yield return new TestCaseData(Encoding.UTF8.GetBytes(longStory), false).SetName("LooksBinary_Text_False");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(longStory.Insert(400, "\0")[..900]), false).SetName("LooksBinary_TextWithAStrayNul_False");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("\u0001\u0016\u0016\u0002AP-Lake rescue\r\n\u001b By SAM RIVERA\r\n" + story + "\u0003\u0004"), false).SetName("LooksBinary_WireFraming_False");
        yield return new TestCaseData(Encoding.Unicode.GetBytes(longStory), false).SetName("LooksBinary_Utf16WithoutBom_False");
        yield return new TestCaseData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01 }, true).SetName("LooksBinary_JpegHeader_True");
        yield return new TestCaseData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00 }, true).SetName("LooksBinary_ElfHeader_True");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ab\0", 40))), true).SetName("LooksBinary_NulInEveryThirdByte_True");
        yield return new TestCaseData(Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251 + 1)).ToArray(), true).SetName("LooksBinary_ControlsWithoutNuls_True");
    }

    [TestCaseSource(nameof(LooksBinaryCases))]
    public void LooksBinary_Head_AnswersWhetherBinary(byte[] head, bool expected) =>
        Assert.That(DocumentSniffer.LooksBinary(head), Is.EqualTo(expected));
}
