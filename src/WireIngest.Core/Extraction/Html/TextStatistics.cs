using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Per-element visible text length and linked text length, computed bottom-up in one pass over the DOM
/// so that no rule re-reads the text of a large subtree.
/// </summary>
internal sealed class TextStatistics
{
    private readonly Dictionary<IElement, ElementText> stats;

    // Sized for the whole page up front when its element count is known: growing it step by step allocated it twice over.
    private TextStatistics(int capacity) => stats = new(capacity, ReferenceEqualityComparer.Instance);

    /// <summary>Number of links (<c>a[href]</c>) in the document's visible part.</summary>
    public int LinkCount { get; private set; }

    /// <summary>Non-space characters of visible text on the whole page.</summary>
    public int TotalLength { get; private set; }

    /// <summary>The answers to the page's whole-document selector queries, gathered once.</summary>
    public PageElements Elements { get; private init; } = null!;

    /// <summary>Statistics of <paramref name="root"/>; whole-page queries are asked of the document as they come.</summary>
    public static TextStatistics Compute(IElement root) => Compute(root, PageElements.Collect(root.Owner!, root, PageQueries.None));

    /// <summary>Statistics of <paramref name="root"/>, with the page's gathered selector answers.</summary>
    public static TextStatistics Compute(IElement root, PageElements elements)
    {
        var statistics = new TextStatistics(elements.ElementCount) { Elements = elements };
        statistics.TotalLength = statistics.Visit(root, insideLink: false, depth: 0).Text;
        return statistics;
    }

    /// <summary>Non-space characters of visible text under the element.</summary>
    public int TextLength(IElement element) => stats.TryGetValue(element, out ElementText s) ? s.Text : 0;

    /// <summary>Non-space characters of visible text inside links under the element.</summary>
    public int LinkLength(IElement element) => stats.TryGetValue(element, out ElementText s) ? s.Link : 0;

    /// <summary>Share of the element's text that sits inside links (0 when it has no text).</summary>
    public double LinkDensity(IElement element)
    {
        if (!stats.TryGetValue(element, out ElementText s) || s.Text == 0)
        {
            return 0;
        }

        return (double)s.Link / s.Text;
    }

    private ElementText Visit(IElement element, bool insideLink, int depth)
    {
        int text = 0;
        int link = 0;
        bool linked = element.LocalName == "a" && element.HasAttribute("href");
        bool isLink = insideLink || linked;
        if (linked)
        {
            LinkCount++;
        }

        if (depth < HtmlText.MaxDepth)
        {
            // Indexed: the node list's enumerator is an allocation per element of the page.
            INodeList children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                INode child = children[i];
                if (child is IText t)
                {
                    int n = CountVisible(t.Data);
                    text += n;
                    if (isLink)
                    {
                        link += n;
                    }
                }
                else if (child is IElement e && !HtmlRules.IsInvisibleTag(e.LocalName))
                {
                    ElementText inner = Visit(e, isLink, depth + 1);
                    text += inner.Text;
                    link += inner.Link;
                }
            }
        }

        var result = new ElementText(text, link);
        stats[element] = result;
        return result;
    }

    private static int CountVisible(string data)
    {
        int n = 0;
        foreach (char c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    private readonly record struct ElementText(int Text, int Link);
}
