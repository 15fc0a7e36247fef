namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The selectors gathered per page: those asked over the whole document and those asked over the body, compiled
/// together so that one read of an element's attributes answers them all.
/// </summary>
internal sealed class PageQueries
{
    public PageQueries(PageQuery[] document, PageQuery[] body)
    {
        Document = document;
        Body = body;
        DocumentMatchers = [.. document.Select(q => SelectorMatcher.Compile(q.Selector, Slots))];
        BodyMatchers = [.. body.Select(q => SelectorMatcher.Compile(q.Selector, Slots))];
        Index = new AlternativeIndex([.. DocumentMatchers.Concat(BodyMatchers).Select(m => m.Alternatives)]);
        BodyTargets = DocumentMatchers.Length >= AlternativeIndex.MaxTargets ? 0 : Index.AllTargets & ~((1UL << DocumentMatchers.Length) - 1);
    }

    /// <summary>Nothing gathered: every query goes to the document.</summary>
    public static PageQueries None { get; } = new([], []);

    public PageQuery[] Document { get; }

    public PageQuery[] Body { get; }

    /// <summary>The attributes any of the queries tests.</summary>
    public AttributeSlots Slots { get; } = new();

    /// <summary>The compiled <see cref="Document"/> queries, in the same order.</summary>
    public SelectorMatcher[] DocumentMatchers { get; }

    /// <summary>The compiled <see cref="Body"/> queries, in the same order.</summary>
    public SelectorMatcher[] BodyMatchers { get; }

    /// <summary>
    /// The alternatives of every query, indexed: target <c>i</c> is <see cref="DocumentMatchers"/>[i], then come the
    /// <see cref="BodyMatchers"/> (<see cref="BodyTargets"/>). At most <see cref="AlternativeIndex.MaxTargets"/> queries.
    /// </summary>
    public AlternativeIndex Index { get; }

    /// <summary>The bits of the body queries in <see cref="Index"/>'s answers.</summary>
    public ulong BodyTargets { get; }
}
