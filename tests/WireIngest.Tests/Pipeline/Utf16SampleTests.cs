using System.Text;
using System.Text.RegularExpressions;
using WireIngest.Core.Extraction;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Pipeline;

/// <summary>
/// Every sample format saved as UTF-16 (as Windows tools and some agency gateways write files), with and without a byte
/// order mark, reads into the same messages as its UTF-8 original: the reader hands every later stage UTF-8.
/// </summary>
[TestFixture]
public sealed class Utf16SampleTests
{
    private readonly ArticlePipeline _pipeline = new(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());

    private static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(Samples.InboxPath).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(SampleNames))]
    public void Process_SampleAsUtf16LittleEndianWithBom_SameMessagesAsUtf8(string name) =>
        AssertSameMessages(name, text => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);

    [TestCaseSource(nameof(SampleNames))]
    public void Process_SampleAsUtf16BigEndianWithoutBom_SameMessagesAsUtf8(string name) =>
        AssertSameMessages(name, Encoding.BigEndianUnicode.GetBytes);

    private void AssertSameMessages(string name, Func<string, byte[]> encode)
    {
        byte[] utf8 = File.ReadAllBytes(Samples.Path_(name));
        // A UTF-16 XML file says so in its declaration.
        string text = Regex.Replace(Encoding.UTF8.GetString(utf8), "encoding=\"utf-8\"", "encoding=\"UTF-16\"", RegexOptions.IgnoreCase);

        var reader = new DocumentReader();
        var origin = DocumentOrigin.FromFile(name);
        IReadOnlyList<string> expected = Messages(reader.FromBytes(utf8, origin));
        IReadOnlyList<string> actual = Messages(reader.FromBytes(encode(text), origin));

        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EqualTo(expected));
    }

    private IReadOnlyList<string> Messages(RawDocument document)
    {
        var writer = new NinjsMessageWriter();
        return [.. _pipeline.Process(document).Articles.Select(article => writer.ToJson(article))];
    }
}
