namespace WireIngest.Core.Extraction.Html;

/// <summary>The selectors gathered per page: those asked over the whole document and those asked over the body.</summary>
internal sealed class PageQueries(PageQuery[] document, PageQuery[] body)
{
    /// <summary>Nothing gathered: every query goes to the document.</summary>
    public static PageQueries None { get; } = new([], []);

    public PageQuery[] Document { get; } = document;

    public PageQuery[] Body { get; } = body;
}
