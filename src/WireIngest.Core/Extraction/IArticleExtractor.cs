using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction;

/// <summary>Reads one input format into raw stories.</summary>
public interface IArticleExtractor
{
    /// <summary>The format this extractor reads (a <see cref="DocumentFormats"/> name).</summary>
    string Format { get; }

    /// <summary>Whether the document is in this extractor's format, judged from its content (never from the file name alone).</summary>
    /// <param name="head">The first bytes of the document (up to <see cref="DocumentSniffer.HeadLength"/>), BOM included.</param>
    bool CanExtract(ReadOnlySpan<byte> head);

    /// <summary>Reads every story of the document.</summary>
    /// <exception cref="DocumentRejectedException">The document yields no article; the message says why.</exception>
    ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default);
}
