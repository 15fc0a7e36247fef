using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Feeds;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;
using WireIngest.Core.Storage;
using WireIngest.Tests.Extraction.Html;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction.Feeds;

[TestFixture]
public sealed class RssFeedExtractorTests
{
    private static readonly string FullText = FeedXml.ContentEncoded(HtmlPages.StoryParagraphs) + "<dc:creator>John Irish and Tom Balmforth</dc:creator>";

    private readonly RssFeedExtractor _sut = new();

    private static RawDocument File(string xml, string? url = null) => new(DocumentOrigin.FromFile("world.rss", url), Encoding.UTF8.GetBytes(xml));

    [TestCase("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", true)]
    [TestCase("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">", true)]
    [TestCase("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", false)]
    [TestCase("<feed xmlns=\"http://www.w3.org/2005/Atom\">", false)]
    [TestCase("<html><body><rss>", false)]
    public void CanExtract_Head_RecognisesRssRoots(string head, bool expected) =>
        Assert.That(_sut.CanExtract(Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));

    [Test]
    public void Extract_FullTextItemsAndATeaser_OneStoryPerFullItem()
    {
        ExtractedStories stories = _sut.Extract(File(FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs faster air defence deliveries", extra: FullText),
            FeedXml.RssItem("https://news.example.org/world/teaser", "Teaser only", extra: "<description>Read more.</description>"),
            FeedXml.RssItem("https://news.example.org/world/allies", "Allies pledge more systems", extra: FullText))));

        Assert.Multiple(() =>
        {
            Assert.That(stories.Select(s => s.Headline), Is.EqualTo(new[] { "NATO weighs faster air defence deliveries", "Allies pledge more systems" }));
            Assert.That(stories.Select(s => s.CanonicalUrl), Is.EqualTo(new[] { "https://news.example.org/world/nato", "https://news.example.org/world/allies" }));
            Assert.That(stories[0].Byline, Does.Contain("John Irish"));
            Assert.That(stories[0].Body.Select(b => b.Text), Has.Some.Contains("munitions were running low"));
            Assert.That(stories.PassedOver, Is.EqualTo(new[] { "item https://news.example.org/world/teaser: only a summary or a link, the story is not in the file" }));
        });
    }

    // Agency feeds send an item's pictures beside its text (Media RSS, an image enclosure); thumbnails and video are not pictures.
    private const string Media = "xmlns:media=\"http://search.yahoo.com/mrss/\"";

    [TestCase($"<media:group {Media}><media:content url=\"https://img.example.org/a.jpg\" medium=\"image\"><media:description>Ministers meet in Brussels.</media:description><media:credit>REUTERS/Yves Herman</media:credit></media:content><media:content url=\"https://img.example.org/a.mp4\" medium=\"video\"/></media:group><media:thumbnail {Media} url=\"https://img.example.org/a-small.jpg\"/>", "Ministers meet in Brussels.", "REUTERS/Yves Herman")]
    [TestCase($"<media:description {Media}>Ministers meet in Brussels.</media:description><media:credit {Media}>REUTERS/Yves Herman</media:credit><enclosure url=\"/pictures/a.jpg\" type=\"image/jpeg\" length=\"1\"/>", "Ministers meet in Brussels.", "REUTERS/Yves Herman")]
    [TestCase($"<media:content {Media} url=\"https://img.example.org/a.jpg\"><media:credit>Jane Doe/AP</media:credit></media:content>", null, "Jane Doe/AP")]
    public void Extract_PictureDeclaredBesideTheText_IsTheStorysPicture(string media, string? caption, string credit)
    {
        ExtractedStories stories = _sut.Extract(File(FeedXml.Rss(FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs air defence", extra: FullText + media)), "https://news.example.org/world.rss"));

        RawPicture picture = stories.Single().Pictures.Single();
        Assert.Multiple(() =>
        {
            Assert.That(picture.Href, Does.StartWith("https://").And.EndWith("a.jpg"));
            Assert.That(picture.Caption, Is.EqualTo(caption));
            Assert.That(picture.Credit, Is.EqualTo(credit));
        });
    }

    [Test]
    public void Extract_PictureTheTextShowsItself_IsReadOnce()
    {
        string text = FeedXml.ContentEncoded("<figure><img src=\"https://img.example.org/a.jpg\"><figcaption>Ministers meet. REUTERS/Yves Herman</figcaption></figure>" + HtmlPages.StoryParagraphs);
        string media = $"<media:content {Media} url=\"https://img.example.org/a.jpg\" medium=\"image\"><media:credit>REUTERS/Yves Herman</media:credit></media:content>";

        ExtractedStories stories = _sut.Extract(File(FeedXml.Rss(FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs air defence", extra: text + media))));

        Assert.That(stories.Single().Pictures, Has.Count.EqualTo(1));
    }

    [Test]
    public void Extract_RejectedAndBrokenItemsBesideAStory_EachPassedOverWithItsReason()
    {
        ExtractedStories stories = _sut.Extract(File(FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs faster air defence deliveries", extra: FullText),
            FeedXml.RssItem("https://news.example.org/world/notice", "Notice", extra: FeedXml.ContentEncoded("<p>Short.</p>")),
            "<item><title>Without a link</title></item>")));

        Assert.Multiple(() =>
        {
            Assert.That(stories.Select(s => s.Headline), Is.EqualTo(new[] { "NATO weighs faster air defence deliveries" }));
            Assert.That(stories.PassedOver, Has.Count.EqualTo(2));
            Assert.That(stories.PassedOver[0], Does.StartWith("item https://news.example.org/world/notice: "));
            Assert.That(stories.PassedOver[1], Is.EqualTo("item 3: no link"));
        });
    }

    [Test]
    public void Extract_ItemAsFile_SameStoryAsTheHttpSourcesPage()
    {
        string item = FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs faster air defence deliveries", extra: FullText);
        IndexEntry entry = IndexReader.Read(Encoding.UTF8.GetBytes(FeedXml.Rss(item)), null).Entries.Single();
        // What the http source hands the pipeline for the same item (HttpSource.FromFeedContent).
        var page = new RawDocument(DocumentOrigin.FromUrl(entry.Link), FeedArticlePage.Render(entry), FeedArticlePage.ContentType);
        ExtractedArticle fromPage = new HtmlArticleExtractor().Extract(page).Single();

        ExtractedArticle fromFile = _sut.Extract(File(FeedXml.Rss(item))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(fromFile.Headline, Is.EqualTo(fromPage.Headline));
            Assert.That(fromFile.Byline, Is.EqualTo(fromPage.Byline));
            Assert.That(fromFile.Body.Select(b => b.Text), Is.EqualTo(fromPage.Body.Select(b => b.Text)));
            Assert.That(fromFile.FirstCreated, Is.EqualTo(fromPage.FirstCreated));
        });
    }

    [Test]
    public void Extract_RelativeLinkInAFeedFetchedFromAnAddress_ResolvedAgainstIt()
    {
        ExtractedArticle story = _sut.Extract(File(FeedXml.Rss(FeedXml.RssItem("/world/nato", extra: FullText)), "https://news.example.org/feeds/world.xml")).Single();

        Assert.That(story.CanonicalUrl, Is.EqualTo("https://news.example.org/world/nato"));
    }

    [Test]
    public void Extract_OnlyTeasers_RejectedNamingWhy()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => _sut.Extract(File(FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/a", extra: "<description>Read more.</description>"),
            FeedXml.RssItem("https://news.example.org/b")))));

        Assert.That(ex!.Message, Is.EqualTo("RSS feed without a story: none of its 2 item(s) carries its whole article (only summaries or links)"));
    }

    [Test]
    public void Extract_MalformedXmlBeforeAnyItem_RejectedWithTheXmlError()
    {
        string xml = FeedXml.Rss(FeedXml.RssItem("https://news.example.org/a", "Caf&eacute; &house-style;", extra: FullText));

        var ex = Assert.Throws<DocumentRejectedException>(() => _sut.Extract(File(xml)));

        Assert.That(ex!.Message, Does.StartWith("RSS feed without a story: malformed XML"));
    }

    [Test]
    public void Extract_HtmlEntitiesInAnUndeclaredFeed_ReadAsTheirCharacters()
    {
        string xml = FeedXml.Rss(FeedXml.RssItem("https://news.example.org/a", "Caf&eacute; owners&nbsp;protest", extra: FullText));

        Assert.That(_sut.Extract(File(xml)).Single().Headline, Is.EqualTo("Café owners protest"));
    }

    [Test]
    public void Extract_Rss10Items_RejectedAsLinksOnly()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://news.example.org/"><title>World</title></channel>
              <item rdf:about="https://news.example.org/a"><title>A</title><link>https://news.example.org/a</link></item>
            </rdf:RDF>
            """;

        var ex = Assert.Throws<DocumentRejectedException>(() => _sut.Extract(File(rdf)));

        Assert.That(ex!.Message, Does.Contain("none of its 1 item(s) carries its whole article"));
    }

    [TestCase("deleted", PubStatuses.Canceled)]
    [TestCase("blocked", PubStatuses.Withheld)]
    public void Extract_ItemWithdrawnByMediaStatus_StatusItemWithTheStorysLink(string state, string expected)
    {
        string xml = FeedXml.Rss(FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs faster air defence deliveries", extra: $"<media:status xmlns:media=\"http://search.yahoo.com/mrss/\" state=\"{state}\"/>"));

        ExtractedArticle item = _sut.Extract(File(xml)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(item.PubStatus, Is.EqualTo(expected));
            Assert.That(item.Uri, Is.EqualTo("https://news.example.org/world/nato"));
            Assert.That(item.Headline, Is.EqualTo("NATO weighs faster air defence deliveries"));
            Assert.That(item.Body, Is.Empty);
        });
    }

    [Test]
    public void Process_KillAfterTheStory_SameArticleIdCanceled()
    {
        // The story from one copy of the feed, its kill from a later one: the store must see one article in two versions.
        var pipeline = new ArticlePipeline(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());
        string link = "https://news.example.org/world/nato";
        Article story = pipeline.Process(File(FeedXml.Rss(FeedXml.RssItem(link, "NATO weighs faster air defence deliveries", extra: FullText)))).Articles.Single();
        Article kill = pipeline.Process(File(FeedXml.Rss(FeedXml.RssItem(link, "NATO weighs faster air defence deliveries",
            extra: "<media:status xmlns:media=\"http://search.yahoo.com/mrss/\" state=\"deleted\"/>")))).Articles.Single();

        Assert.Multiple(() =>
        {
            Assert.That(ArticleIdentity.ArticleId(kill), Is.EqualTo(ArticleIdentity.ArticleId(story)));
            Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Usable));
            Assert.That(kill.PubStatus, Is.EqualTo(PubStatuses.Canceled));
        });
    }
}
