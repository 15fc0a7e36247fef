using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

/// <summary>Every wire extractor turns hostile input into a <see cref="DocumentRejectedException"/> with a reason, never another exception.</summary>
[TestFixtureSource(nameof(Extractors))]
public sealed class WireHostileInputTests(IArticleExtractor extractor, string sample)
{
    public static IEnumerable<TestFixtureData> Extractors() =>
    [
        new(new NewsMlG2Extractor(), "newsml-g2-reuters-text-picture.xml") { TestName = "NewsMlG2" },
        new(new NitfExtractor(), "nitf-ap-bridge.xml") { TestName = "Nitf" },
        new(new NewsMl12Extractor(), "newsml-1.2-afp-nitf.xml") { TestName = "NewsMl12" },
        new(new ApMediaApiExtractor(), "ap-media-api-picture.json") { TestName = "ApMediaApi" },
        new(new NinjsExtractor(), "ninjs-3-library.json") { TestName = "Ninjs" },
        new(new Anpa1312Extractor(), "anpa-1312-ap-lake-rescue.tst") { TestName = "Anpa1312" },
        new(new Iptc7901Extractor(), "iptc-7901-dpa-rail.txt") { TestName = "Iptc7901" },
        new(new WireTextExtractor(), "reuters-wire-text-harbour.txt") { TestName = "WireText" },
    ];

    public static IEnumerable<TestCaseData> HostileInputs()
    {
        yield return new TestCaseData(Array.Empty<byte>()).SetName("{m}(empty)");
        yield return new TestCaseData("   \r\n\t "u8.ToArray()).SetName("{m}(blank)");
        yield return new TestCaseData("<nitf><body><body.content><p>cut"u8.ToArray()).SetName("{m}(truncated xml)");
        yield return new TestCaseData("<NewsML><<>>&;</NewsML>"u8.ToArray()).SetName("{m}(malformed xml)");
        yield return new TestCaseData("{\"headline\": \"x\", \"body_html\": \"<p>cut"u8.ToArray()).SetName("{m}(truncated json)");
        yield return new TestCaseData("{\"api_version\": 1, \"data\": {,}}"u8.ToArray()).SetName("{m}(malformed json)");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 5000)))).SetName("{m}(deeply nested xml)");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("{\"data\":" + string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)) + "}")).SetName("{m}(deeply nested json)");
        yield return new TestCaseData("\u0016\u0016\u0001a0001\u001f---\r\n header only, no text"u8.ToArray()).SetName("{m}(framing without text)");
        yield return new TestCaseData("\u0001\u0002\u0003\u0004"u8.ToArray()).SetName("{m}(empty frame)");
        yield return new TestCaseData("Headline only"u8.ToArray()).SetName("{m}(headline only)");
    }

    [TestCaseSource(nameof(HostileInputs))]
    public void Extract_HostileInput_RejectedWithReason(byte[] input)
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => extractor.Extract(WireDocuments.FromBytes(input)));

        Assert.That(ex!.Message, Is.Not.Empty);
    }

    [Test]
    public void Extract_TruncatedSample_RejectedWithReason()
    {
        byte[] truncated = WireDocuments.SampleBytes(sample)[..30];

        var ex = Assert.Throws<DocumentRejectedException>(() => extractor.Extract(WireDocuments.FromBytes(truncated)));

        Assert.That(ex!.Message, Is.Not.Empty);
    }

    [Test]
    public void Read_SampleOverTheSizeCap_RejectedBeforeExtraction()
    {
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = 64 });

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.FromBytes(WireDocuments.SampleBytes(sample), DocumentOrigin.FromFile(sample)));

        Assert.That(ex!.Message, Does.StartWith("too large"));
    }

    [Test]
    public void Extract_GzippedSample_SameStoriesAsPlain()
    {
        byte[] plain = WireDocuments.SampleBytes(sample);
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        RawDocument document = new DocumentReader().FromBytes(compressed.ToArray(), DocumentOrigin.FromFile(sample + ".gz"));
        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(extractor, document);

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo(extractor.Extract(WireDocuments.FromBytes(plain)).Select(s => s.Headline)));
        Assert.That(stories[0].Body, Is.Not.Empty);
    }
}
