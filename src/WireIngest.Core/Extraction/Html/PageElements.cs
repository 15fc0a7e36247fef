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
    private readonly List<IElement> copyrightMarks = [];

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

        elements.Walk(queries);
        return elements;
    }

    /// <summary>Number of elements in the document.</summary>
    public int ElementCount { get; private set; }

    /// <summary>Visible text lengths of the body and the elements under it, counted in the same walk.</summary>
    public TextStatistics Statistics { get; private set; } = null!;

    /// <summary>
    /// The elements of the body holding a text with a copyright mark (<see cref="CopyrightCollector.HasMark"/>), once per
    /// such text, in page order: the body and its visible elements outside figures, down to <see cref="HtmlText.MaxDepth"/>.
    /// </summary>
    public IReadOnlyList<IElement> CopyrightMarks => copyrightMarks;

    /// <summary>Elements of the document matching <paramref name="selector"/>, as <c>document.All(selector)</c>.</summary>
    public IReadOnlyList<IElement> InDocument(ISelector selector) =>
        inDocument.TryGetValue(selector, out List<IElement>? found) ? found : [.. document.All(selector)];

    /// <summary>Descendants of the body matching <paramref name="selector"/>, as <c>body.All(selector)</c>.</summary>
    public IReadOnlyList<IElement> InBody(ISelector selector) =>
        inBody.TryGetValue(selector, out List<IElement>? found) ? found : [.. body.All(selector)];

    // Pre-order over every element (none skipped: selectors see invisible and deep elements too), with an explicit
    // stack of child lists so that hostile nesting cannot overflow the call stack. Each element is tried only against
    // the alternatives its name and attributes can match (PageQueries.Index); each query's list stays in document order.
    // The same walk counts the body's visible text bottom-up (TextStatistics): a child list whose owner the statistics
    // reach is "counting", and its totals go to its owner, then to the owner's list, when the list is done.
    private void Walk(PageQueries queries)
    {
        List<IElement>[] found = [.. queries.DocumentMatchers.Select(m => inDocument[m.Selector]), .. queries.BodyMatchers.Select(m => inBody[m.Selector])];
        string?[] values = new string?[queries.Slots.Count];
        IElement? scope = document.DocumentElement; // What selector.Match(element) passes.
        var statistics = new TextStatistics.Builder();
        var frames = new ChildList[16];
        int depth = 0;
        int bodyDepth = int.MaxValue; // Lists at this depth or deeper are inside the body.
        frames[0] = new ChildList(document.ChildNodes, null, counting: false, copyright: false, inLink: false, ownerDepth: 0, ownerOrder: 0);
        while (depth >= 0)
        {
            ref ChildList frame = ref frames[depth];
            if (frame.Next >= frame.Nodes.Length)
            {
                if (frame.Counting)
                {
                    Finish(ref frame, depth == 0 ? null : frames.AsSpan(depth - 1, 1), statistics);
                }

                frame = default; // Let the finished list go.
                bodyDepth = depth == bodyDepth ? int.MaxValue : bodyDepth;
                depth--;
                continue;
            }

            INode node = frame.Nodes[frame.Next++];
            // A class test: every AngleSharp element is an Element, and the interface cast cost more than the test itself.
            if (node is not Element element)
            {
                if ((frame.Counting || frame.Copyright) && node is IText text)
                {
                    int n = -1; // Not counted.
                    if (frame.Counting)
                    {
                        n = TextStatistics.CountVisible(text.Data);
                        frame.Text += n;
                        frame.Link += frame.InLink ? n : 0;
                        // Digits count only for short texts (ShortNumberedTexts): once the list holds more text, so do its
                        // owner and every ancestor, and long texts (most of a page's) are not searched at all.
                        frame.Digit = frame.Digit || (n > 0 && frame.Text <= TextStatistics.ShortTextLength && TextStatistics.ShowsDigit(text.Data));
                    }

                    if (frame.Copyright && n != 0 && CopyrightCollector.HasMark(text.Data)) // White space only: no mark.
                    {
                        copyrightMarks.Add(frame.Owner!);
                    }
                }

                continue;
            }

            ElementCount++;
            queries.Slots.Read(element, values);
            ulong matched = queries.Index.Match(element, values, scope, depth >= bodyDepth ? 0 : queries.BodyTargets);
            for (; matched != 0; matched &= matched - 1)
            {
                found[BitOperations.TrailingZeroCount(matched)].Add(element);
            }

            // Reached by the statistics: the body itself, or a visible element of a counting list.
            bool isRoot = element == body && !frame.Counting;
            bool visible = isRoot || !HtmlRules.IsInvisibleTag(element.LocalName);
            bool reached = isRoot || (frame.Counting && visible);
            int elementDepth = isRoot ? 0 : frame.OwnerDepth + 1;

            // Searched for copyright marks (CopyrightCollector): as the statistics, but not inside figures, and one level deeper.
            bool copyright = isRoot || (frame.Copyright && visible && elementDepth <= HtmlText.MaxDepth && element.LocalName is not ("figure" or "figcaption"));
            bool inLink = !isRoot && frame.InLink;
            if (reached && element.LocalName == "a" && element.HasAttribute("href"))
            {
                statistics.LinkCount++;
                inLink = true;
            }

            INodeList children = ((INode)element).ChildNodes;
            bool counting = reached && elementDepth < HtmlText.MaxDepth && children.Length > 0;
            if (children.Length > 0)
            {
                if (++depth == frames.Length)
                {
                    Array.Resize(ref frames, depth * 2);
                }

                frames[depth] = new ChildList(children, element, counting, copyright, inLink, elementDepth, ElementCount);
                if (bodyDepth == int.MaxValue && element == body)
                {
                    bodyDepth = depth;
                }
            }
        }

        Statistics = statistics.Build(this);
    }

    // A counting list is done: its totals are its owner's statistics, and count toward the list the owner sits in.
    private void Finish(ref ChildList frame, Span<ChildList> parent, TextStatistics.Builder statistics)
    {
        statistics.Record(frame.Owner!, frame.OwnerOrder, frame.Text, frame.Link, frame.Digit);
        if (frame.Owner == body)
        {
            statistics.TotalLength = frame.Text;
        }
        else if (parent.Length == 1 && parent[0].Counting)
        {
            parent[0].Text += frame.Text;
            parent[0].Link += frame.Link;
            parent[0].Digit |= frame.Digit;
        }
    }

    /// <summary>One level of the walk: a child list, where the walk is in it, and the text counted in it so far.</summary>
    private struct ChildList(INodeList nodes, IElement? owner, bool counting, bool copyright, bool inLink, int ownerDepth, int ownerOrder)
    {
        public readonly INodeList Nodes = nodes;
        public readonly IElement? Owner = owner;
        public readonly bool Counting = counting;
        public readonly bool Copyright = copyright; // Its texts are searched for copyright marks.
        public readonly bool InLink = inLink;
        public readonly int OwnerDepth = ownerDepth; // The owner's depth below the statistics root.
        public readonly int OwnerOrder = ownerOrder; // The owner's place in document order (its ElementCount).
        public int Next;
        public int Text;
        public int Link;
        public bool Digit; // A digit shows in the text counted so far.
    }
}
