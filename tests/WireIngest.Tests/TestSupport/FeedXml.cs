namespace WireIngest.Tests.TestSupport;

/// <summary>Small RSS, Atom and sitemap documents for the tests.</summary>
internal static class FeedXml
{
    public static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Test wire</title><link>http://example.org/</link><description>test</description>
          {string.Concat(items)}
          </channel>
        </rss>
        """;

    public static string RssItem(string link, string title = "A story", string pubDate = "Tue, 03 Dec 2024 10:00:00 GMT", string extra = "") =>
        $"<item><title>{title}</title><link>{link}</link><pubDate>{pubDate}</pubDate>{extra}</item>\n";

    /// <summary>An RSS item's <c>content:encoded</c> (the whole article as HTML) holding <paramref name="html"/>.</summary>
    public static string ContentEncoded(string html) => $"<content:encoded><![CDATA[{html}]]></content:encoded>";

    public static string Atom(params string[] entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Test wire</title><id>urn:test</id><updated>2024-12-03T10:00:00Z</updated>
        {string.Concat(entries)}
        </feed>
        """;

    public static string AtomEntry(string link, string title = "A story", string content = "") =>
        $"<entry><title>{title}</title><id>{link}</id><link rel=\"alternate\" href=\"{link}\"/><updated>2024-12-03T10:00:00Z</updated>{content}</entry>\n";

    public static string Sitemap(params string[] urls) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(urls.Select(u => $"<url><loc>{u}</loc></url>"))}</urlset>""";

    public static string SitemapIndex(params string[] sitemaps) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(sitemaps.Select(u => $"<sitemap><loc>{u}</loc></sitemap>"))}</sitemapindex>""";

    /// <summary>An article page the HTML extractor takes.</summary>
    public static string ArticlePage(string headline) =>
        WireIngest.Tests.Extraction.Html.HtmlPages.Page($"<h1>{headline}</h1>\n<p class=\"byline\">By Jane Doe</p>\n{WireIngest.Tests.Extraction.Html.HtmlPages.StoryParagraphs}", head: $"<meta property=\"og:title\" content=\"{headline}\">");
}
