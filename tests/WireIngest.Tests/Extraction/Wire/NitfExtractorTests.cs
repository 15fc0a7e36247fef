using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class NitfExtractorTests
{
    private readonly NitfExtractor _extractor = new();

    [Test]
    public void Extract_SampleWithDoctype_HeadFieldsAsGiven()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("nitf-ap-bridge.xml")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("Town council votes to rebuild footbridge"));
            Assert.That(story.Byline, Is.EqualTo("By JANE DOE"), "byttl is a title, not a name");
            Assert.That(story.Dateline, Is.EqualTo("RIVERTON, Vt."));
            Assert.That(story.Agency, Is.EqualTo("The Associated Press"));
            Assert.That(story.ProviderId, Is.EqualTo("SAMPLE-AP-0001"));
            Assert.That(story.Language, Is.EqualTo("en-US"));
            Assert.That(story.Slugline, Is.EqualTo("US-Footbridge"));
            Assert.That(story.FirstCreated, Is.EqualTo(new DateTimeOffset(2026, 2, 12, 15, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Extract_DocCopyrightWithoutNotice_ComposedFromYearAndHolder()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("nitf-ap-bridge.xml")).Single();

        Assert.That(story.CopyrightLines, Is.EqualTo((string[])["Copyright 2026 AP"]));
        Assert.That(story.CopyrightHolder, Is.EqualTo("AP"));
    }

    [Test]
    public void Extract_BodyContent_ParagraphsListItemsAndMedia()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("nitf-ap-bridge.xml")).Single();

        Assert.That(story.Body[0].Text, Does.StartWith("RIVERTON, Vt. (AP) — The council"));
        Assert.That(story.Body.Where(b => b.Kind == BodyBlockKind.ListItem).Select(b => b.Text), Is.EqualTo((string[])["Cost: $1.2 million", "Opening: autumn 2026"]));
        Assert.That(story.Pictures.Single(), Is.EqualTo(new RawPicture("The remains of the Riverton footbridge on Feb. 10, 2026. (AP Photo/John Roe)", null, "https://example.com/pictures/footbridge.jpg", "John Roe")));
    }

    [Test]
    public void Extract_DatelineHoldingOnlyStoryDate_NoDateline()
    {
        string xml = "<nitf><body><body.head><hedline><hl1>H</hl1></hedline><dateline><story.date norm=\"20170102T222800+0000\">20170102T222800+0000</story.date></dateline></body.head>"
            + "<body.content><p>Text.</p></body.content></body></nitf>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Dateline, Is.Null);
    }

    [Test]
    public void Extract_BreaksInsideParagraph_OneParagraph()
    {
        string xml = "<nitf><body><body.content><p>   1A) More weather <br/>over the <br />next days.</p><p/></body.content></body></nitf>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["1A) More weather over the next days."]));
    }

    [TestCase("&gt;&gt;&gt;ANSA&#47;Gazprom cuts gas supplies", ">>>ANSA/Gazprom cuts gas supplies", "ANSA")]
    [TestCase(">>> ANSA / Gas flows resume", ">>> ANSA / Gas flows resume", "ANSA")]
    [TestCase("Gas >>>ANSA/ stays", "Gas >>>ANSA/ stays", null)]
    [TestCase("AC/DC tour announced", "AC/DC tour announced", null)]
    public void Extract_AgencyRoutingMarkerBeforeHeadline_HeadlineAsSentAndAgencyRecorded(string hl1, string headline, string? agency)
    {
        string xml = $"<nitf><body><body.head><hedline><hl1>{hl1}</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>";

        ExtractedArticle story = WireDocuments.Extract(new NitfExtractor(), WireDocuments.FromText(xml)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo(headline));
            Assert.That(story.Agency, Is.EqualTo(agency));
        });
    }

    [Test]
    public void Extract_ClosingCopyrightParagraph_MovedToCopyrightLines()
    {
        string xml = "<nitf><body><body.content><p>Text.</p><p>© ANA-MPA SA. All rights reserved.</p></body.content></body></nitf>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["Text."]));
        Assert.That(story.CopyrightLines, Is.EqualTo((string[])["© ANA-MPA SA. All rights reserved."]));
    }

    [Test]
    public void Extract_NoBodyText_Rejected()
    {
        string xml = "<nitf><head><docdata><doc.copyright year=\"2016\" holder=\"AFP\"/></docdata></head><body><body.content/></body></nitf>";

        var ex = Assert.Throws<DocumentRejectedException>(() => _extractor.Extract(WireDocuments.FromText(xml)));

        Assert.That(ex!.Message, Does.Contain("without body"));
    }
}
