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
    // stack so that hostile nesting cannot overflow the call stack.
    private void Walk(PageQueries queries)
    {
        var stack = new Stack<(INodeList Nodes, int Next, bool InBody)>();
        string?[] values = new string?[queries.Slots.Count];
        IElement? scope = document.DocumentElement; // What selector.Match(element) passes.
        stack.Push((document.ChildNodes, 0, false));
        while (stack.Count > 0)
        {
            (INodeList nodes, int next, bool insideBody) = stack.Pop();
            if (next >= nodes.Length)
            {
                continue;
            }

            stack.Push((nodes, next + 1, insideBody));
            if (nodes[next] is not IElement element)
            {
                continue;
            }

            ElementCount++;
            queries.Slots.Read(element, values);
            Match(element, queries.DocumentMatchers, values, scope, inDocument);
            if (insideBody)
            {
                Match(element, queries.BodyMatchers, values, scope, inBody);
            }

            if (element.ChildNodes.Length > 0)
            {
                stack.Push((element.ChildNodes, 0, insideBody || element == body));
            }
        }
    }

    private static void Match(IElement element, SelectorMatcher[] matchers, string?[] values, IElement? scope, Dictionary<ISelector, List<IElement>> found)
    {
        foreach (SelectorMatcher matcher in matchers)
        {
            if (matcher.Matches(element, values, scope))
            {
                found[matcher.Selector].Add(element);
            }
        }
    }
}
