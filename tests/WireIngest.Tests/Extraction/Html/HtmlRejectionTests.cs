using WireIngest.Core.Extraction;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlRejectionTests
{
    [Test]
    public void Extract_ExpiredNotice_IsRejected()
    {
        string html = HtmlPages.Page("<h1>Story unavailable</h1><p>The requested article has expired, and is no longer available.</p>");

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: expired or removed notice"));
    }

    [Test]
    public void Extract_RemovedStory_IsRejected()
    {
        string html = HtmlPages.Page("<h1>Sorry</h1><p>This story has been removed from our site at the request of its publisher.</p>");

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: expired or removed notice"));
    }

    [Test]
    public void Extract_PaywallTeaser_IsRejected()
    {
        string html = HtmlPages.Page("""
            <h1>Markets rally on rate hopes</h1>
            <p>Stocks rose sharply on Tuesday as investors bet on lower interest rates next year, traders said.</p>
            <div class="paywall-box"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>
            """);

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: paywall teaser"));
    }

    [Test]
    public void Extract_TeaserMarkedNotFreeInJsonLd_IsRejected()
    {
        string html = HtmlPages.Page(
            "<h1>Markets rally on rate hopes</h1><p>Stocks rose sharply on Tuesday as investors bet on lower interest rates next year.</p>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>""");

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: paywall teaser"));
    }

    [Test]
    public void Extract_FullStoryMarkedNotFree_IsKept()
    {
        string html = HtmlPages.Page(
            $"<h1>Markets rally on rate hopes</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}{HtmlPages.StoryParagraphs}</div>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>""");

        Assert.That(HtmlPages.Extract(html).Body, Has.Count.EqualTo(8));
    }

    [TestCase("404 - Page not found")]
    [TestCase("Page Not Found")]
    [TestCase("Error")]
    public void Extract_ErrorPage_IsRejected(string heading)
    {
        string html = HtmlPages.Page($"<h1>{heading}</h1><p>Sorry, we could not find what you were looking for. Try the search.</p>");

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: error page"));
    }

    [Test]
    public void Extract_IndexPage_IsRejectedWithLinkCount()
    {
        string teasers = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/story/{i}\">Headline of story number {i}</a></li>"));
        string html = $"<html><body><h1>World news</h1><ul>{teasers}</ul></body></html>";

        Assert.That(() => HtmlPages.Extract(html), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: index page (40 links, no article body)"));
    }

    [Test]
    public void Extract_PageWithoutParagraph_IsRejected()
    {
        Assert.That(() => HtmlPages.Extract("<html><body><h1>Gallery</h1><img src=\"a.jpg\"></body></html>"), Throws.TypeOf<DocumentRejectedException>().With.Message.EqualTo("not an article: no body paragraph"));
    }

    [Test]
    public void Extract_StoryQuotingAnExpiryNotice_IsKept()
    {
        string html = HtmlPages.Page($"""
            <h1>Licences lapse</h1>
            <div class="article-body">
              <p>Thousands of drivers were told their licence has expired, after a computer fault at the agency, officials said.</p>
              {HtmlPages.StoryParagraphs}{HtmlPages.StoryParagraphs}
            </div>
            """);

        Assert.That(HtmlPages.Extract(html).Body, Has.Count.EqualTo(9));
    }
}
