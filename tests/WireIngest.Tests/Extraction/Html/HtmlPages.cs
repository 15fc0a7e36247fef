using System.Text;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>Small pages written for the tests, and a helper to run the extractor on them.</summary>
internal static class HtmlPages
{
    public const string StoryParagraphs = """
        <p>NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries of air defence systems.</p>
        <p>The meeting in Brussels came as Russian forces pressed an offensive in the east, and officials said the alliance would stand by Kyiv for as long as it takes.</p>
        <p>"We must do more, and we must do it now," one minister said, adding that stocks of munitions were running low across the alliance.</p>
        <p>Diplomats said a decision on new funding, which has been debated for months, could come before the end of the year.</p>
        """;

    public static ExtractedArticle Extract(string html, string? contentType = null) =>
        Extract(Encoding.UTF8.GetBytes(html), contentType);

    public static ExtractedArticle Extract(byte[] bytes, string? contentType = null) =>
        new HtmlArticleExtractor().Extract(new RawDocument(DocumentOrigin.FromFile("test.html"), bytes, contentType)).Single();

    /// <summary>A page with the story in an article element and the usual chrome around it.</summary>
    public static string Page(string article, string head = "", string after = "") => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Story title | Example News</title>{head}</head>
        <body>
          <header class="site-header"><a href="/">Example News</a>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main>
            <article>
              {article}
            </article>
            {after}
          </main>
          <footer class="site-footer"><p>©2024 Example Media Inc.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;
}
