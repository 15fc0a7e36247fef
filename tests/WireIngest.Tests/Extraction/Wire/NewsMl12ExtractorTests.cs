using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class NewsMl12ExtractorTests
{
    private readonly NewsMl12Extractor _extractor = new();

    [Test]
    public void Extract_AfpWithNitfPayload_NewsLinesAndBody()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("newsml-1.2-afp-nitf.xml")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("Record snowfall closes schools in fictional Arctic town"));
            Assert.That(story.Dateline, Is.EqualTo("TROMSO, Feb 12, 2026 (AFP) -"));
            Assert.That(story.Byline, Is.EqualTo("Kari Nordvik"));
            Assert.That(story.CopyrightLines, Is.EqualTo((string[])["© 2026 AFP"]));
            Assert.That(story.Agency, Is.EqualTo("AFP"));
            Assert.That(story.Uri, Is.EqualTo("urn:newsml:afp.com:20260212T101000Z:TX-SAMPLE-0001"));
            Assert.That(story.ProviderId, Is.EqualTo("TX-SAMPLE-0001"));
            Assert.That(story.ProviderVersion, Is.EqualTo("1"));
            Assert.That(story.Slugline, Is.EqualTo("Norway-weather-snow"));
            Assert.That(story.Body[0].Text, Does.StartWith("Schools in the fictional town"));
            Assert.That(story.Body, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Extract_TwoNewsItems_TwoStories()
    {
        string xml = "<NewsML>" + Item("One", "Usable", "<DataContent>First text.</DataContent>") + Item("Two", "Usable", "<DataContent>Second text.</DataContent>") + "</NewsML>";

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml));

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["One", "Two"]));
    }

    [Test]
    public void Extract_OneItemWithoutText_PassedOverNamingIt()
    {
        string xml = "<NewsML>" + Item("One", "Usable", "<DataContent>First text.</DataContent>") + Item("Two", "Usable", "<DataContent> </DataContent>")
            + Item("Three", "Usable", "<DataContent>Third text.</DataContent>") + "</NewsML>";

        ExtractedStories stories = _extractor.Extract(WireDocuments.FromText(xml));

        Assert.Multiple(() =>
        {
            Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["One", "Three"]));
            Assert.That(stories.PassedOver, Is.EqualTo((string[])["item 2 (Two): NewsML 1.2 item without body text"]));
        });
    }

    [Test]
    public void Extract_HtmlInCdata_ParagraphsFromTheMarkup()
    {
        string xml = "<NewsML>" + Item("H", "Usable", "<DataContent><![CDATA[<P>First.</P>\n<P>Second.</P>]]></DataContent>") + "</NewsML>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["First.", "Second."]));
    }

    [Test]
    public void Extract_PlainTextWithIndentedParagraphs_SplitOnIndents()
    {
        string xml = "<NewsML>" + Item("H", "Usable", "<DataContent>\n\tFirst paragraph\nwraps here.\n\tSecond paragraph.\n</DataContent>") + "</NewsML>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["First paragraph wraps here.", "Second paragraph."]));
    }

    [TestCase("Canceled", PubStatuses.Canceled)]
    [TestCase("Withheld", PubStatuses.Withheld)]
    [TestCase("USABLE", PubStatuses.Usable)]
    public void Extract_Status_MappedToPubStatus(string status, string expected)
    {
        string xml = "<NewsML>" + Item("H", status, "<DataContent>Text.</DataContent>") + "</NewsML>";

        Assert.That(WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single().PubStatus, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_NumericDateLine_NotADateline()
    {
        string xml = "<NewsML>" + Item("H", "Usable", "<DataContent>Text.</DataContent>", "<DateLine>4/4/2018</DateLine>") + "</NewsML>";

        Assert.That(WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single().Dateline, Is.Null);
    }

    [TestCase("<CreditLine>BELGA</CreditLine>", "BELGA")]
    [TestCase("<ByLine>Jan Peeters</ByLine><CreditLine>BELGA</CreditLine>", "Jan Peeters")]
    [TestCase("", null)]
    public void Extract_CreditLine_IsTheBylineOnlyWhenThereIsNoByLine(string newsLines, string? byline)
    {
        string xml = "<NewsML>" + Item("H", "Usable", "<DataContent>Text.</DataContent>", newsLines) + "</NewsML>";

        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Byline, Is.EqualTo(byline));
    }

    private static string Item(string headline, string status, string content, string newsLines = "") =>
        $"<NewsItem><Identification><NewsIdentifier><ProviderId>example.com</ProviderId><NewsItemId>{headline}</NewsItemId><RevisionId>2</RevisionId>"
        + $"<PublicIdentifier>urn:newsml:example.com:{headline}:2</PublicIdentifier></NewsIdentifier></Identification>"
        + $"<NewsManagement><Status FormalName=\"{status}\"/></NewsManagement>"
        + $"<NewsComponent><NewsLines><HeadLine>{headline}</HeadLine>{newsLines}</NewsLines>"
        + $"<ContentItem><MediaType FormalName=\"Text\"/>{content}</ContentItem></NewsComponent></NewsItem>";
}
