using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Pipeline;

/// <summary>
/// Runs a small built-in page through a throw-away pipeline so that the one-time costs of the hot path (the HTML
/// parser's tables, type loading, the code that ReadyToRun could not precompile, the normaliser's tables) are paid on an
/// idle core while a short run is still reading its configuration, instead of on the first real document.
/// </summary>
public static class PipelineWarmUp
{
    // Generic, made-up markup with the shapes the locators look for: headline, byline, dateline lead, figure with credit.
    internal const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warm-up headline - Example</title>
        <meta property="og:title" content="Warm-up headline"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Warm-up headline"}</script></head>
        <body><header class="site-header"><nav><a href="/">Home</a></nav></header>
        <article class="article"><h1 class="headline">Warm-up headline</h1><div class="byline">By <a href="/author/x" rel="author">Jane Doe</a></div>
        <figure><img src="/a.jpg" alt="A picture"><figcaption>A caption. (Photo: Jane Doe/Example)</figcaption></figure>
        <div class="article-body"><p>LONDON, Jan 2 (Example) - The first paragraph of a story that exists only to exercise the code path once before real input arrives.</p>
        <p>A second paragraph carries a few more words, so that the page reads as an article rather than as an index of links &amp; teasers.</p>
        <p>A third paragraph closes the story. Copyright 2026 Example.</p></div></article>
        <footer class="footer">&copy; 2026 Example</footer></body></html>
        """;

    /// <summary>Starts the warm-up on the thread pool; the task never faults.</summary>
    public static Task Start() => Task.Run(Run);

    /// <summary>Processes the built-in page once and ignores the outcome.</summary>
    public static void Run()
    {
        try
        {
            var pipeline = new ArticlePipeline(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());
            pipeline.Process(new RawDocument(DocumentOrigin.FromUrl("https://example.com/warm-up"), Encoding.UTF8.GetBytes(Page), "text/html"));
        }
        catch (DocumentRejectedException)
        {
            // A rejection still ran the parser and the locators; that is all the warm-up is for.
        }
    }
}
