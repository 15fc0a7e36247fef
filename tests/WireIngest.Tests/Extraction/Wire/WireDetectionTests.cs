using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class WireDetectionTests
{
    private static readonly IArticleExtractor[] All =
    [
        new NewsMlG2Extractor(), new NitfExtractor(), new NewsMl12Extractor(), new ApMediaApiExtractor(),
        new NinjsExtractor(), new RitzauExtractor(), new AtomFeedExtractor(), new Anpa1312Extractor(), new Iptc7901Extractor(), new WireTextExtractor(),
    ];

    [TestCase("newsml-g2-reuters-text-picture.xml", DocumentFormats.NewsMlG2)]
    [TestCase("nitf-ap-bridge.xml", DocumentFormats.Nitf)]
    [TestCase("newsml-1.2-afp-nitf.xml", DocumentFormats.NewsMl12)]
    [TestCase("ap-media-api-picture.json", DocumentFormats.ApMediaApi)]
    [TestCase("ninjs-3-library.json", DocumentFormats.Ninjs)]
    [TestCase("anpa-1312-ap-lake-rescue.tst", DocumentFormats.Anpa1312)]
    [TestCase("iptc-7901-dpa-rail.txt", DocumentFormats.Iptc7901)]
    [TestCase("reuters-wire-text-harbour.txt", DocumentFormats.WireText)]
    public void CanExtract_Sample_ClaimedByExactlyItsOwnExtractor(string sample, string format)
    {
        byte[] head = WireDocuments.SampleBytes(sample);

        Assert.That(All.Where(e => e.CanExtract(head)).Select(e => e.Format), Is.EqualTo((string[])[format]));
    }

    [Test]
    public void CanExtract_SavedWebPageText_ClaimedByNoWireExtractor()
    {
        byte[] head = WireDocuments.SampleBytes("japantoday-reuters-ukraine-nato.txt");

        Assert.That(All.Where(e => e.CanExtract(head)).Select(e => e.Format), Is.Empty);
    }

    [TestCase("<?xml version=\"1.0\"?>\n<!-- feed -->\n<!DOCTYPE nitf [<!ENTITY x \"y\">]>\n<nitf>", "nitf")]
    [TestCase("\uFEFF<g2:newsItem xmlns:g2=\"http://iptc.org/std/nar/2006-10-01/\">", "newsItem")]
    [TestCase("<html><body>", "html")]
    [TestCase("plain text", null)]
    public void RootLocalName_Head_SkipsPrologAndPrefix(string head, string? expected)
    {
        Assert.That(XmlSniffer.RootLocalName(System.Text.Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
    }
}
