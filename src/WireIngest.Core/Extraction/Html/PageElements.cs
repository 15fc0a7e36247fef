using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The answers to the locators' whole-page selector queries, gathered in one walk over the document instead of one
/// <c>QuerySelectorAll</c> walk per query. Same elements in the same (document) order as
/// <see cref="ParsedSelectors.All(INode, ISelector)"/> over the document or the body; a selector not gathered is queried as before.
/// </summary>
internal sealed partial class PageElements
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
            Match(element, queries.Document, inDocument);
            if (insideBody)
            {
                Match(element, queries.Body, inBody);
            }

            if (element.ChildNodes.Length > 0)
            {
                stack.Push((element.ChildNodes, 0, insideBody || element == body));
            }
        }
    }

    private static void Match(IElement element, PageQuery[] queries, Dictionary<ISelector, List<IElement>> found)
    {
        foreach (PageQuery query in queries)
        {
            // A selector made only of attribute tests cannot match an element without one of the attributes it tests
            // (most of a page): AngleSharp's matching looks each name up in turn, which cost more than the walk.
            if ((query.TestedAttributes is not { } names || HasAny(element.Attributes, names)) && query.Selector.Match(element))
            {
                found[query.Selector].Add(element);
            }
        }
    }

    // By qualified and local name, ignoring case: never skips an element AngleSharp's by-name lookup would find.
    private static bool HasAny(INamedNodeMap attributes, string[] names)
    {
        for (int i = 0; i < attributes.Length; i++)
        {
            IAttr attribute = attributes[i]!;
            foreach (string name in names)
            {
                if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(attribute.LocalName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The distinct attribute names an attributes-only selector list tests (<c>[class*=a], [id]</c>: class, id).</summary>
    internal static string[] AttributeNames(ISelector selector)
    {
        var names = new List<string>();
        foreach (Match test in AttributeName().Matches(selector.Text))
        {
            string name = test.Groups[1].Value;
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    [GeneratedRegex(@"\[([\w:-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();

    /// <summary>Whether every selector of the list is only attribute tests (<c>[a]</c>, <c>[a*=b][c]</c>), so needs an attribute to match.</summary>
    internal static bool IsAttributesOnly(ISelector selector)
    {
        foreach (string part in selector.Text.Split(','))
        {
            if (!AttributeTests().IsMatch(part.Trim()))
            {
                return false;
            }
        }

        return true;
    }

    // A name, optionally an operator and a bare or quoted value without brackets, commas or spaces; anything unusual
    // (combinators, pseudo-classes, spaced values) reads as "not only attributes", which only costs the shortcut.
    [GeneratedRegex(@"^(\[[\w:-]+([~|^$*]?=(""[^""\\\[\],\s]*""|'[^'\\\[\],\s]*'|[^\[\]""'\s,]+))?\])+$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeTests();
}
