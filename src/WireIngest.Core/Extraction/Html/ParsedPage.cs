using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>A parsed page and the decoded text it was built from; disposing releases both (the text goes back to its pool).</summary>
public sealed class ParsedPage : IDisposable
{
    private readonly PooledText text;

    internal ParsedPage(IDocument document, PooledText text)
    {
        Document = document;
        this.text = text;
    }

    /// <summary>The document; read it before disposing the page.</summary>
    public IDocument Document { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        // The document first: the parser's text source reads from the pooled buffer.
        DocumentRelease.Release(Document);
        text.Dispose();
    }
}
