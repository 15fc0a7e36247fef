using WireIngest.Core.Extraction.Feeds;

namespace WireIngest.Tests.Extraction.Feeds;

[TestFixture]
public sealed class FeedArticlePageTests
{
    private static string Paragraphs(int count, int length) => string.Concat(Enumerable.Repeat($"<p>{new string('a', length)}</p>", count));

    [TestCase(1, 200, false)]
    [TestCase(2, 300, false)]
    [TestCase(3, 100, false)]
    [TestCase(3, 140, true)]
    [TestCase(1, 1600, true)]
    public void IsFullArticle_Content_NeedsSeveralParagraphsOrALongText(int paragraphs, int length, bool expected) =>
        Assert.That(FeedArticlePage.IsFullArticle(Paragraphs(paragraphs, length)), Is.EqualTo(expected));

    [Test]
    public void Render_Entry_PutsItsFieldsWhereTheHtmlExtractorReadsThem()
    {
        var entry = new IndexEntry("https://news.example.org/a?x=1&y=2", new DateTimeOffset(2024, 12, 3, 11, 0, 0, TimeSpan.Zero), "Ministers meet \"today\"", "<p>Body</p>",
            "Jane Doe", new DateTimeOffset(2024, 12, 3, 10, 0, 0, TimeSpan.Zero));

        string page = System.Text.Encoding.UTF8.GetString(FeedArticlePage.Render(entry));

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<link rel=\"canonical\" href=\"https://news.example.org/a?x=1&amp;y=2\">"));
            Assert.That(page, Does.Contain("<meta property=\"og:title\" content=\"Ministers meet &quot;today&quot;\">"));
            Assert.That(page, Does.Contain("<meta name=\"author\" content=\"Jane Doe\">"));
            Assert.That(page, Does.Contain("<meta property=\"article:published_time\" content=\"2024-12-03T10:00:00.0000000+00:00\">"));
            Assert.That(page, Does.Contain("<meta property=\"article:modified_time\" content=\"2024-12-03T11:00:00.0000000+00:00\">"));
            Assert.That(page, Does.Contain("<article>\n<h1>Ministers meet &quot;today&quot;</h1>\n<p>Body</p>"));
        });
    }
}
