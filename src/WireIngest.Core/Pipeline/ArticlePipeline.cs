using System.Diagnostics;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Telemetry;

namespace WireIngest.Core.Pipeline;

/// <summary>Extract → normalise for one document: the hot path every source and verb shares.</summary>
public sealed class ArticlePipeline(ExtractorSelector selector, IArticleNormalizer normalizer)
{
    /// <summary>Every story of the document, normalised.</summary>
    /// <exception cref="DocumentRejectedException">The document yields no article at all; the message is the reason.</exception>
    public DocumentResult Process(RawDocument document, CancellationToken cancellationToken = default)
    {
        IArticleExtractor extractor;
        ExtractedStories drafts;
        using (Activity? extract = WireIngestActivities.Source.StartActivity("extract"))
        {
            extractor = selector.Select(document);
            extract?.SetTag(TelemetryTags.Format, extractor.Format);
            drafts = extractor.Extract(document, cancellationToken);
            extract?.SetTag(TelemetryTags.Count, drafts.Count);
        }

        if (drafts.Count == 0)
        {
            throw new DocumentRejectedException($"not an article: the {extractor.Format} document holds no story");
        }

        using Activity? normalize = WireIngestActivities.Source.StartActivity("normalize");
        var articles = new List<Article>(drafts.Count);
        var rejected = new List<string>();
        foreach (ExtractedArticle draft in drafts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                articles.Add(normalizer.Normalize(draft, document.Origin));
            }
            catch (DocumentRejectedException ex) when (drafts.Count > 1)
            {
                // One empty story in a multi-story file must not lose the others; the caller reports it.
                rejected.Add($"story {articles.Count + rejected.Count + 1}: {ex.Message}");
            }
        }

        // The items the extractor passed over are reported with the rest (the caller logs each line), after the stories'.
        return articles.Count > 0
            ? new DocumentResult(extractor.Format, articles, [.. rejected, .. drafts.PassedOver])
            : throw new DocumentRejectedException(string.Join("; ", rejected));
    }
}
