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
}
