using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Benchmarks;

/// <summary>
/// The HTML extractor's stages timed one at a time over the aeb pages, each parsed once beforehand: where the work after
/// the parse goes, in µs per page (median of rounds). Every stage reads a DOM parsed long before (out of the processor's
/// caches, unlike in the extractor, where it was just built), so the figures weigh memory traffic more than the full path
/// does; compare stages and builds with them, not with the ratio.
/// </summary>
internal static class StageTimes
{
    private sealed record Page(string Text, IDocument Document, IElement Body, PageElements Elements, PageMetadata Metadata, IReadOnlyList<IElement> Content);

    public static int Run(int rounds)
    {
        var parser = new HtmlPageParser();
        List<ParsedPage> parsed = [.. CorpusPages.Load().Select(p => parser.Parse(p.Content.Span, p.ContentType))];
        try
        {
            List<Page> pages = [.. parsed.Select(p => Prepare(p.Document))];
            (string Name, Action<Page> Run)[] stages =
            [
                ("nesting", p => MarkupNesting.ThrowIfTooDeep(p.Text)), // The guard before the parse.
                ("page walk", p => PageElements.Collect(p.Document, p.Body, HtmlArticleExtractor.Queries)),
                ("  All", p => _ = p.Document.All.Length),
                ("  no query", p => PageElements.Collect(p.Document, p.Body, PageQueries.None)), // The walk's statistics alone.
                ("metadata", p => PageMetadataReader.Read(p.Document, p.Elements)),
                ("content", p => ContentLocator.Locate(p.Body, p.Elements.Statistics)),
                ("body", p => BodyCollector.Collect(p.Content, p.Elements.Statistics)),
                ("headline", p => HeadlineLocator.Find(p.Document, p.Metadata, p.Content, p.Elements.Statistics)),
                ("standfirst", p => StandfirstLocator.Find(p.Content, p.Elements.Statistics, p.Metadata.Description)),
                ("byline", p => BylineLocator.Find(p.Document, p.Metadata, p.Content, p.Elements.Statistics)),
                ("comments", p => CommentCounter.Find(p.Elements.Statistics, p.Metadata)),
                ("pictures", p => PictureCollector.Collect(p.Body, p.Metadata, p.Elements.Statistics)),
                ("copyright", p => CopyrightCollector.Collect(p.Body, p.Elements.CopyrightMarks)),
            ];

            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed.TotalSeconds < 10) // Past tier-0 and the instrumented tier, as in the ratio.
            {
                foreach ((_, Action<Page> stage) in stages)
                {
                    pages.ForEach(stage);
                }
            }

            foreach ((string name, Action<Page> stage) in stages)
            {
                var perPage = new List<double>(rounds);
                long allocated = 0;
                for (int round = 0; round < rounds; round++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    long started = Stopwatch.GetTimestamp();
                    pages.ForEach(stage);
                    perPage.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds / pages.Count);
                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                perPage.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-11} {perPage[perPage.Count / 2],7:F1} µs/page {allocated / 1024.0 / rounds / pages.Count,7:F1} KB/page"));
            }
        }
        finally
        {
            parsed.ForEach(p => p.Dispose());
        }

        return 0;
    }

    private static Page Prepare(IDocument document)
    {
        IElement body = document.Body ?? document.DocumentElement;
        PageElements elements = PageElements.Collect(document, body, HtmlArticleExtractor.Queries);
        PageMetadata metadata = PageMetadataReader.Read(document, elements);
        return new Page(document.Source.Text, document, body, elements, metadata, ContentLocator.Locate(body, elements.Statistics));
    }
}
