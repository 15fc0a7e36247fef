using System.Numerics;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The answers to the locators' whole-page selector queries, gathered in one walk over the document instead of one
/// <c>QuerySelectorAll</c> walk per query. Same elements in the same (document) order as
/// <see cref="ParsedSelectors.All(INode, ISelector)"/> over the document or the body; a selector not gathered is queried as before.
/// </summary>
internal sealed class PageElements
{
    private readonly IDocument document;
    private readonly IElement body;
    private readonly Dictionary<ISelector, List<IElement>> inDocument = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ISelector, List<IElement>> inBody = new(ReferenceEqualityComparer.Instance);

    private PageElements(IDocument document, IElement body)
    {
        this.document = document;
        this.body = body;
    }

    /// <summary>
    /// Walks <paramref name="document"/> once and keeps, per selector, the matching descendants of the document
    /// (<paramref name="queries"/>.<see cref="PageQueries.Document"/>) or of <paramref name="body"/> (<see cref="PageQueries.Body"/>).
    /// </summary>
    public static PageElements Collect(IDocument document, IElement body, PageQueries queries)
    {
        var elements = new PageElements(document, body);
        foreach (PageQuery query in queries.Document)
        {
            elements.inDocument[query.Selector] = [];
        }

        foreach (PageQuery query in queries.Body)
        {
            elements.inBody[query.Selector] = [];
        }

        if (queries.Document.Length + queries.Body.Length > 0)
        {
            elements.Walk(queries);
        }

        return elements;
    }

    /// <summary>Number of elements in the document when it was walked (0 when nothing was gathered).</summary>
    public int ElementCount { get; private set; }

    /// <summary>Elements of the document matching <paramref name="selector"/>, as <c>document.All(selector)</c>.</summary>
    public IReadOnlyList<IElement> InDocument(ISelector selector) =>
        inDocument.TryGetValue(selector, out List<IElement>? found) ? found : [.. document.All(selector)];

    /// <summary>Descendants of the body matching <paramref name="selector"/>, as <c>body.All(selector)</c>.</summary>
    public IReadOnlyList<IElement> InBody(ISelector selector) =>
        inBody.TryGetValue(selector, out List<IElement>? found) ? found : [.. body.All(selector)];

    // Pre-order over every element (none skipped: selectors see invisible and deep elements too), with an explicit
    // stack of child lists so that hostile nesting cannot overflow the call stack. Each element is tried only against
    // the alternatives its name and attributes can match (PageQueries.Index); each query's list stays in document order.
    private void Walk(PageQueries queries)
    {
        List<IElement>[] found = [.. queries.DocumentMatchers.Select(m => inDocument[m.Selector]), .. queries.BodyMatchers.Select(m => inBody[m.Selector])];
        string?[] values = new string?[queries.Slots.Count];
        IElement? scope = document.DocumentElement; // What selector.Match(element) passes.
        var lists = new INodeList[16];
        var next = new int[16];
        int depth = 0;
        int bodyDepth = int.MaxValue; // Lists at this depth or deeper are inside the body.
        lists[0] = document.ChildNodes;
        while (depth >= 0)
        {
            INodeList nodes = lists[depth];
            int at = next[depth];
            if (at >= nodes.Length)
            {
                lists[depth] = null!; // Let the finished list go.
                bodyDepth = depth == bodyDepth ? int.MaxValue : bodyDepth;
                depth--;
                continue;
            }

            next[depth] = at + 1;
            if (nodes[at] is not IElement element)
            {
                continue;
            }

            ElementCount++;
            queries.Slots.Read(element, values);
            ulong matched = queries.Index.Match(element, values, scope, depth >= bodyDepth ? 0 : queries.BodyTargets);
            for (; matched != 0; matched &= matched - 1)
            {
                found[BitOperations.TrailingZeroCount(matched)].Add(element);
            }

            INodeList children = element.ChildNodes;
            if (children.Length > 0)
            {
                if (++depth == lists.Length)
                {
                    Array.Resize(ref lists, depth * 2);
                    Array.Resize(ref next, depth * 2);
                }

                lists[depth] = children;
                next[depth] = 0;
                if (bodyDepth == int.MaxValue && element == body)
                {
                    bodyDepth = depth;
                }
            }
        }
    }
}
