namespace WireIngest.Tests.Extraction.Html;

/// <summary>Single-page sites open the story in a modal over the stream it was picked from.</summary>
[TestFixture]
public sealed class StoryOverlayTests
{
    // Teasers of other stories, together longer than the story itself.
    private static readonly string Stream = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
        <li class="stream-item"><a href="/news/item-{i}">Teaser headline number {i} about another story</a>
        <p>Summary of another story number {i}, which the stream shows beneath the open story with a link to read it in full.</p></li>
        """));

    private static string StreamPage(string overlay) => $"""
        <!DOCTYPE html>
        <html><head><title>Allies pledge air defence for Kyiv</title></head>
        <body>
          <div id="stream"><ul>{Stream}</ul></div>
          {overlay}
        </body></html>
        """;

    [Test]
    public void Extract_ModalHoldingAnArticle_ReadsTheStoryAndItsHeadline()
    {
        string html = StreamPage($"""
            <div id="render-target-modal" class="modal-container"><div class="modal-body">
              <article><h1>Allies pledge air defence for Kyiv</h1>{HtmlPages.StoryParagraphs}</article>
            </div></div>
            """);

        var article = HtmlPages.Extract(html);

        Assert.That(article.Headline, Is.EqualTo("Allies pledge air defence for Kyiv"));
        Assert.That(article.Body.Select(b => b.Text), Has.Some.StartsWith("NATO foreign ministers met on Tuesday"));
        Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("Summary of another story"));
    }

    [Test]
    public void Extract_NewsletterModalWithoutArticle_StaysOutOfTheBody()
    {
        string html = HtmlPages.Page(
            HtmlPages.StoryParagraphs,
            after: """<div class="newsletter-modal"><p>Sign up for our morning briefing and get the day's top stories in your inbox every day.</p></div>""");

        Assert.That(HtmlPages.Extract(html).Body.Select(b => b.Text), Has.None.Contains("morning briefing"));
    }
}
