using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Picks the extractor for a document from its content. Extractors are asked in order, most specific first
/// (framed and structured wire formats, then wire text, then HTML, then plain-text pages), so a permissive
/// extractor never takes a document a precise one could read.
/// </summary>
public sealed class ExtractorSelector(IEnumerable<IArticleExtractor> extractors)
{
    private readonly IArticleExtractor[] _extractors = [.. extractors];

    public IReadOnlyList<IArticleExtractor> Extractors => _extractors;

    /// <summary>The first extractor that recognises the document.</summary>
    /// <exception cref="DocumentRejectedException">No extractor recognises it.</exception>
    public IArticleExtractor Select(RawDocument document)
    {
        ReadOnlySpan<byte> content = document.Content.Span;
        ReadOnlySpan<byte> head = content[..Math.Min(content.Length, DocumentSniffer.HeadLength)];
        foreach (IArticleExtractor extractor in _extractors)
        {
            if (extractor.CanExtract(head))
            {
                return extractor;
            }
        }

        throw new DocumentRejectedException("unrecognised format: not a supported wire format, web page or text");
    }
}
