using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class NewsMlG2ExtractorTests
{
    private const string Ns = "http://iptc.org/std/nar/2006-10-01/";

    private readonly NewsMlG2Extractor _extractor = new();

    [Test]
    public void Extract_PackageWithTextAndPicture_PictureBecomesTheTextsPicture()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("newsml-g2-reuters-text-picture.xml")).Single();

        Assert.That(story.Pictures, Has.Count.EqualTo(1));
        RawPicture picture = story.Pictures[0];
        Assert.That(picture.Credit, Is.EqualTo("REUTERS"));
        Assert.That(picture.Photographer, Is.EqualTo("MARTA KOWAL"));
        Assert.That(picture.Caption, Does.EndWith("REUTERS/Marta Kowal"));
        Assert.That(picture.Href, Is.EqualTo("https://example.com/pictures/SAMPLEPIX1-base.jpg"));
    }

    [Test]
    public void Extract_ReutersText_MetadataAsTheProviderGaveIt()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("newsml-g2-reuters-text-picture.xml")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("UPDATE 1-Harbour authority approves night ferry trial after storm damage"));
            Assert.That(story.Byline, Is.EqualTo("By Marta Kowal"));
            Assert.That(story.Dateline, Is.Null, "a G2 dateline timestamp is not the story's dateline");
            Assert.That(story.Agency, Is.EqualTo("Reuters"));
            Assert.That(story.Uri, Is.EqualTo("tag:reuters.com,2026:newsml_SAMPLE001"));
            Assert.That(story.ProviderVersion, Is.EqualTo("3"));
            Assert.That(story.Language, Is.EqualTo("en"));
            Assert.That(story.Slugline, Is.EqualTo("POLAND-PORT/FERRY"));
            Assert.That(story.CopyrightHolder, Is.EqualTo("Thomson Reuters"));
            Assert.That(story.CopyrightLines, Has.Exactly(1).StartsWith("(c) Copyright Thomson Reuters 2026"));
            Assert.That(story.FirstCreated, Is.EqualTo(new DateTimeOffset(2026, 2, 12, 9, 40, 0, TimeSpan.Zero)));
            Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Usable));
        });
    }

    [Test]
    public void Extract_XhtmlBody_BlocksInOrderWithSubheadAndBylineRepeatKept()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("newsml-g2-reuters-text-picture.xml")).Single();

        Assert.That(story.Body[0].Text, Is.EqualTo("(Adds port operator comment in paragraphs 4-5)"));
        Assert.That(story.Body[1].Text, Is.EqualTo("By Marta Kowal"));
        Assert.That(story.Body[2].Text, Does.StartWith("GDANSK, Feb 12 (Reuters) - "));
        Assert.That(story.Body.Single(b => b.Kind == BodyBlockKind.Subhead).Text, Is.EqualTo("DEMAND DOUBLED"));
    }

    [Test]
    public void Extract_CanceledItemWithEmptyBody_CanceledStory()
    {
        string xml = Item("icls:text", "stat:canceled", "<headline>STORY WITHDRAWN</headline>", "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html></inlineXML>");

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Canceled));
        Assert.That(story.Body, Is.Empty);
    }

    [Test]
    public void Extract_XhtmlHeaderWithKeywordsAndHeadline_IsNotBodyText()
    {
        const string Body = "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
            + "<header><ul class=\"slugline\"><li class=\"subject\">Fußball</li><li class=\"keyword\">London</li></ul>"
            + "<time class=\"publicationDate\">11.10.2022 11:14</time><p class=\"genre\">Extra</p><h1>Eintracht in London</h1></header>"
            + "<section class=\"main\"><p>London (dpa) - Die Eintracht reist nach London.</p></section></body></html></inlineXML>";
        string xml = Item("icls:text", "stat:usable", "<headline>Eintracht in London</headline>", Body);

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo(new[] { "London (dpa) - Die Eintracht reist nach London." }));
    }

    [Test]
    public void Extract_WholeStoryLaidOutInOneParagraph_IsSplitAtIndentedLines()
    {
        const string Story = "(Adds comments, detail)\n    * Spot gold may edge up\n    * Investors eye Fed meeting\n\n    By Arpan Varghese\n"
            + "    Jan 30 (Reuters) - Gold rose on Tuesday on increased safe\nhaven demand.\n    Traders awaited the Fed.\n";
        string xml = Item("icls:text", "stat:usable", "<headline>PRECIOUS-Gold rises</headline>", Paragraphs(Story));

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Body.Select(b => b.Text), Is.EqualTo(new[]
            {
                "(Adds comments, detail)", "* Spot gold may edge up", "* Investors eye Fed meeting", "By Arpan Varghese",
                "Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand.", "Traders awaited the Fed.",
            }));
            Assert.That(story.Byline, Is.EqualTo("By Arpan Varghese"));
        });
    }

    [TestCase("The harbour reopened on Monday\n      after the storm, officials said.")]
    [TestCase("\n      The harbour reopened on Monday\n      after the storm, officials said.\n    ")]
    public void Extract_PrettyPrintedParagraph_StaysOneParagraph(string paragraph)
    {
        string xml = Item("icls:text", "stat:usable", "<headline>Harbour reopens</headline>", Paragraphs(paragraph));

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo(new[] { "The harbour reopened on Monday after the storm, officials said." }));
    }

    [Test]
    public void Extract_TextItemWithHeadlineAndEmptyContent_IsAHeadlineOnlyStory()
    {
        string xml = Item("icls:text", "stat:usable", "<headline>Fed to halt QE to avert \"bubble\"</headline>", "<inlineXML contenttype=\"application/nitf+xml\"></inlineXML>");

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("Fed to halt QE to avert \"bubble\""));
            Assert.That(story.Body, Is.Empty);
        });
    }

    [Test]
    public void Extract_TextItemWithoutHeadlineOrContent_IsRejected()
    {
        string xml = Item("icls:text", "stat:usable", "<slugline>US-FED</slugline>", "<inlineXML contenttype=\"application/nitf+xml\"></inlineXML>");

        Assert.Throws<DocumentRejectedException>(() => WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)));
    }

    [Test]
    public void Extract_EmbargoedItem_CarriesEmbargo()
    {
        string xml = Item("icls:text", "stat:withheld", "<headline>Results</headline>", Paragraphs("Text."), "<embargoed>2026-03-01T06:00:00Z</embargoed>");

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.EmbargoedUntil, Is.EqualTo(new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero)));
        Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Withheld));
    }

    [TestCase("2014-07-16 15:53:10 GMT+00:00", null)]
    [TestCase("2026-02-12T10:00:00Z", null)]
    [TestCase("Athen (dpa) -", "Athen (dpa) -")]
    [TestCase("MOSCOW, Monday (Reuters)", "MOSCOW, Monday (Reuters)")]
    public void Extract_DatelineElement_KeptOnlyWhenTextual(string dateline, string? expected)
    {
        string xml = Item("icls:text", "stat:usable", $"<headline>H</headline><dateline>{dateline}</dateline>", Paragraphs("Text."));

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Dateline, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_MessageWithTwoTextItems_TwoStories()
    {
        string xml = $"<newsMessage xmlns=\"{Ns}\"><header/><itemSet>"
            + Item("icls:text", "stat:usable", "<headline>First</headline>", Paragraphs("One."), bare: true)
            + Item("icls:text", "stat:usable", "<headline>Second</headline>", Paragraphs("Two."), bare: true)
            + "</itemSet></newsMessage>";

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml));

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["First", "Second"]));
    }

    [Test]
    public void Extract_MessageWithAnEmptyTextItemAndAnAudioItem_StoryKeptAndEachOtherItemPassedOverByItsGuid()
    {
        string xml = $"<newsMessage xmlns=\"{Ns}\"><header/><itemSet>"
            + Item("icls:text", "stat:usable", "<headline>First</headline>", Paragraphs("One."), bare: true)
            + Item("icls:text", "stat:usable", "<slugline>US-FED</slugline>", "<inlineXML contenttype=\"application/nitf+xml\"></inlineXML>", bare: true, guid: "urn:example:empty")
            + Item("icls:audio", "stat:usable", "<headline>Sound of the arrival</headline>", "<remoteContent href=\"https://example.com/a.mp3\" contenttype=\"audio/mpeg\"/>", bare: true, guid: "urn:example:audio")
            + "</itemSet></newsMessage>";

        ExtractedStories stories = _extractor.Extract(WireDocuments.FromText(xml));

        Assert.Multiple(() =>
        {
            Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["First"]), "an audio item with a headline is not a text alert");
            Assert.That(stories.PassedOver, Is.EqualTo((string[])[
                "item (urn:example:audio): NewsML-G2 icls:audio item, not published (text, pictures, graphics and video are)",
                "item (urn:example:empty): NewsML-G2 item without body text",
            ]));
        });
    }

    [Test]
    public void Extract_LoneAudioItem_RejectedSayingWhy()
    {
        string xml = Item("icls:audio", "stat:usable", "<headline>Sound of the arrival</headline>", "<remoteContent href=\"https://example.com/a.mp3\" contenttype=\"audio/mpeg\"/>", guid: "urn:example:audio");

        var ex = Assert.Throws<DocumentRejectedException>(() => _extractor.Extract(WireDocuments.FromText(xml)));

        Assert.That(ex!.Message, Is.EqualTo("NewsML-G2 document without a story the worker publishes: item (urn:example:audio): NewsML-G2 icls:audio item, not published (text, pictures, graphics and video are)"));
    }

    [Test]
    public void Extract_PackageWithTwoGroups_EachPictureGoesToItsGroupsText()
    {
        string xml = $"<newsMessage xmlns=\"{Ns}\"><header/><itemSet>"
            + "<packageItem guid=\"urn:p\"><itemMeta><itemClass qcode=\"icls:composite\"/></itemMeta><groupSet root=\"R\">"
            + "<group id=\"G1\"><itemRef residref=\"urn:t1\"/><itemRef residref=\"urn:p1\"/></group>"
            + "<group id=\"G2\"><itemRef residref=\"urn:p2\"/><itemRef residref=\"urn:t2\"/></group></groupSet></packageItem>"
            + Item("icls:text", "stat:usable", "<headline>First</headline>", Paragraphs("One."), bare: true, guid: "urn:t1")
            + Item("icls:text", "stat:usable", "<headline>Second</headline>", Paragraphs("Two."), bare: true, guid: "urn:t2")
            + Item("icls:picture", "stat:usable", "<description role=\"descRole:caption\">Picture two</description>", string.Empty, bare: true, guid: "urn:p2")
            + Item("icls:picture", "stat:usable", "<description role=\"descRole:caption\">Picture one</description>", string.Empty, bare: true, guid: "urn:p1")
            + "</itemSet></newsMessage>";

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml));

        Assert.That(stories.Select(s => s.Pictures.Single().Caption), Is.EqualTo((string[])["Picture one", "Picture two"]));
    }

    [Test]
    public void Extract_LonePicture_PictureStoryWithCaptionAsText()
    {
        string xml = Item("icls:picture", "stat:usable", "<headline>Quay</headline><by>ANNA NOWAK</by><creditline>REUTERS</creditline><description role=\"descRole:caption\">A quay. REUTERS/Anna Nowak</description>", string.Empty);

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Single().Text, Is.EqualTo("A quay. REUTERS/Anna Nowak"));
        Assert.That(story.Pictures.Single(), Is.EqualTo(new RawPicture("A quay. REUTERS/Anna Nowak", "REUTERS", null, "ANNA NOWAK")));
    }

    [Test]
    public void Extract_NitfPayload_BodyFromNitf()
    {
        string xml = Item("ninat:text", "stat:usable", "<headline>H</headline>", "<inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><p>From NITF.</p></body.content></body></nitf></inlineXML>");

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Single().Text, Is.EqualTo("From NITF."));
    }

    [Test]
    public void Extract_NoByElementButByParagraph_BylineFromBody()
    {
        string xml = Item("icls:text", "stat:usable", "<headline>H</headline>", Paragraphs("By Joseph Ax", "NEW YORK (Reuters) - Text."));

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Byline, Is.EqualTo("By Joseph Ax"));
    }

    private static string Paragraphs(params string[] paragraphs) =>
        "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</body></html></inlineXML>";

    private static string Item(string itemClass, string status, string contentMeta, string content, string itemMetaExtra = "", bool bare = false, string? guid = null)
    {
        string ns = bare ? string.Empty : $" xmlns=\"{Ns}\"";
        return $"<newsItem{ns} guid=\"{guid ?? "urn:example:" + Guid.NewGuid().ToString("N")}\" version=\"1\" standard=\"NewsML-G2\">"
            + $"<itemMeta><itemClass qcode=\"{itemClass}\"/><provider literal=\"example\"/><pubStatus qcode=\"{status}\"/>{itemMetaExtra}</itemMeta>"
            + $"<contentMeta>{contentMeta}</contentMeta><contentSet>{content}</contentSet></newsItem>";
    }
}
