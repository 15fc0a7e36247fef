using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Feeds;

using WireIngest.Tests.Extraction.Html;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction.Feeds;

[TestFixture]
public sealed class IndexReaderTests
{
    private static readonly Uri Base = new("https://news.example.org/feeds/world.xml");

    private static IndexDocument Read(string xml) => IndexReader.Read(Encoding.UTF8.GetBytes(xml), Base);

    [Test]
    public void Read_RssWithRelativeLinkAndGuidOnly_ResolvesBothAgainstTheIndex()
    {
        IndexDocument index = Read(FeedXml.Rss(
            FeedXml.RssItem("/world/story-1"),
            "<item><title>Guid only</title><guid isPermaLink=\"true\">https://news.example.org/world/story-2</guid></item>"));

        Assert.Multiple(() =>
        {
            Assert.That(index.Kind, Is.EqualTo(IndexKind.Feed));
            Assert.That(index.Entries.Select(e => e.Link), Is.EqualTo(new[] { "https://news.example.org/world/story-1", "https://news.example.org/world/story-2" }));
            Assert.That(index.Entries[0].Updated, Is.EqualTo(new DateTimeOffset(2024, 12, 3, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(index.Errors, Is.Empty);
        });
    }

    [Test]
    public void Read_RssContentEncoded_KeepsAFullArticleAndDropsATeaser()
    {
        string full = FeedXml.ContentEncoded(HtmlPages.StoryParagraphs) + "<dc:creator>Jane Doe</dc:creator>";
        IndexDocument index = Read(FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/a", extra: full),
            FeedXml.RssItem("https://news.example.org/b", extra: FeedXml.ContentEncoded("<p>Read more.</p>"))));

        Assert.Multiple(() =>
        {
            Assert.That(index.Entries[0].FullHtml, Does.Contain("munitions were running low"));
            Assert.That(index.Entries[0].Author, Is.EqualTo("Jane Doe"));
            Assert.That(index.Entries[1].FullHtml, Is.Null);
        });
    }

    // Feeds as most publishers write them: one field per line, nested fields indented.
    private static IEnumerable<TestCaseData> PrettyPrintedFeeds()
    {
        yield return new TestCaseData($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>World</title>
                <item>
                  <title>NATO weighs faster deliveries</title>
                  <link>https://news.example.org/world/nato</link>
                  <guid isPermaLink="true">https://news.example.org/world/nato</guid>
                  <pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate>
                  <dc:creator>Jane Doe</dc:creator>
                  <content:encoded><![CDATA[{HtmlPages.StoryParagraphs}]]></content:encoded>
                </item>
              </channel>
            </rss>
            """).SetName("Read_PrettyPrintedRssItem_KeepsDateAuthorAndFullText");
        yield return new TestCaseData($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>World</title>
              <entry>
                <title>NATO weighs faster deliveries</title>
                <id>https://news.example.org/world/nato</id>
                <link rel="alternate" href="https://news.example.org/world/nato"/>
                <updated>2024-12-03T10:00:00Z</updated>
                <author>
                  <name>Jane Doe</name>
                </author>
                <content type="html"><![CDATA[{HtmlPages.StoryParagraphs}]]></content>
              </entry>
            </feed>
            """).SetName("Read_PrettyPrintedAtomEntry_KeepsDateAuthorAndFullText");
    }

    [TestCaseSource(nameof(PrettyPrintedFeeds))]
    public void Read_PrettyPrintedItem_KeepsDateAuthorAndFullText(string xml)
    {
        IndexEntry entry = Read(xml).Entries.Single();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Link, Is.EqualTo("https://news.example.org/world/nato"));
            Assert.That(entry.Updated, Is.EqualTo(new DateTimeOffset(2024, 12, 3, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(entry.Author, Is.EqualTo("Jane Doe"));
            Assert.That(entry.FullHtml, Does.Contain("munitions were running low"));
        });
    }

    [Test]
    public void Read_RssMediaStatus_KeptOnTheEntry()
    {
        IndexDocument index = Read(FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/a", extra: "<media:status xmlns:media=\"http://search.yahoo.com/mrss/\" state=\" deleted \"/>"),
            FeedXml.RssItem("https://news.example.org/b")));

        Assert.That(index.Entries.Select(e => e.Status), Is.EqualTo(new[] { "deleted", null }));
    }

    [Test]
    public void Read_Rss10_TakesEachItemLink()
    {
        IndexDocument index = Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://news.example.org/"><title>t</title><link>https://news.example.org/</link></channel>
              <item rdf:about="https://news.example.org/x"><title>X</title><link>https://news.example.org/x</link></item>
            </rdf:RDF>
            """);

        Assert.That(index.Entries.Single().Link, Is.EqualTo("https://news.example.org/x"));
    }

    [Test]
    public void Read_SitemapLastmod_BecomesTheEntryDate()
    {
        IndexDocument index = Read("""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.org/p</loc><lastmod>2024-12-01</lastmod></url></urlset>""");

        Assert.That(index.Entries.Single().Updated, Is.EqualTo(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Read_ExternalEntity_IsNeverResolved()
    {
        IndexDocument index = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&secret;</title><link>https://news.example.org/a</link></item></channel></rss>
            """);

        Assert.That(index.Entries.Select(e => e.Title ?? string.Empty), Has.None.Contains("root:"));
    }

    [TestCase("<html><body>not a feed</body></html>")]
    [TestCase("plain text")]
    public void Read_NotAnIndex_IsRejected(string content) =>
        Assert.That(() => Read(content), Throws.TypeOf<DocumentRejectedException>().With.Message.Contains("not an RSS, Atom or sitemap document"));
}
