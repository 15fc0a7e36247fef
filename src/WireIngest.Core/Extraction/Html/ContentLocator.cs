using System.Buffers;
using System.Runtime.InteropServices;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds the elements that hold the story text, Readability-style: paragraphs score their ancestors by length
/// and commas, scores are discounted by link density and class names, the best ancestor wins and its
/// similar siblings join it.
/// </summary>
internal sealed class ContentLocator
{
    private const int MinParagraphLength = 25;

    // A chunk of the story's text scores at least one paragraph's worth (AddContinuations).
    private const double MinContinuationScore = 10;

    // Visible characters of a story's text box, not a teaser's (FirstStoryOfTemplate).
    private const int MinStoryLength = 1000;

    private static readonly SearchValues<char> Commas = SearchValues.Create(",，、。");

    private readonly TextStatistics stats;
    private readonly Dictionary<IElement, double> scores = new(ReferenceEqualityComparer.Instance);

    private bool readHidden;

    private ContentLocator(TextStatistics stats) => this.stats = stats;

    /// <summary>The content elements in document order; empty when the page has no paragraph at all.</summary>
    public static IReadOnlyList<IElement> Locate(IElement body, TextStatistics stats)
    {
        List<IElement> found = new ContentLocator(stats).Run(body, skipChrome: true);
        if (found.Count == 0 || found.Sum(stats.TextLength) < 200)
        {
            // Chrome names sometimes sit on the wrapper of the whole page, and streamed pages park the story in a
            // hidden template that a script reveals: try again trusting neither.
            List<IElement> retry = new ContentLocator(stats) { readHidden = true }.Run(body, skipChrome: false);
            if (retry.Sum(stats.TextLength) > found.Sum(stats.TextLength))
            {
                return retry;
            }
        }

        return found;
    }

    private List<IElement> Run(IElement body, bool skipChrome)
    {
        ScoreParagraphs(body, skipChrome, 0);
        if (scores.Count == 0)
        {
            return [];
        }

        IElement? top = null;
        double topScore = double.MinValue;
        // Discounted in place (setting an entry's value leaves the enumeration valid), not over a copied list.
        foreach ((IElement element, double raw) in scores)
        {
            double score = raw * (1 - stats.LinkDensity(element));
            CollectionsMarshal.GetValueRefOrNullRef(scores, element) = score;
            if (score > topScore)
            {
                topScore = score;
                top = element;
            }
        }

        IElement winner = top!;
        IElement first = FirstStoryOfTemplate(winner, topScore);
        if (first != winner)
        {
            // The page's own story, above the next ones: their boxes are not rivals to join.
            winner = first;
            top = first;
        }
        else
        {
            top = CommonAncestorOfRivals(winner, topScore, body);
        }

        top = ClimbToBetterAncestor(top, scores[top], body);
        List<IElement> selected = WithSiblings(top, body);
        AddContinuations(selected, winner);
        return selected;
    }

    private void ScoreParagraphs(IElement element, bool skipChrome, int depth)
    {
        if (depth > HtmlText.MaxDepth)
        {
            return;
        }

        // Child nodes by index: the Children collection is an iterator allocated per element. A class test and calls on
        // Element (every AngleSharp element is one) instead of an interface cast and calls through dispatch stubs.
        INodeList nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not Element child)
            {
                continue;
            }

            // A subtree with less text than a paragraph holds no paragraph to score (no element has more text than its
            // ancestors): most of the page's boxes, passed over before their names are asked.
            int length = stats.TextLength(child);
            if (length < MinParagraphLength || HtmlRules.IsInvisibleTag(child.LocalName) || (!readHidden && HtmlRules.IsHidden(child))
                || (skipChrome && IsSkippedChrome(child)))
            {
                continue;
            }

            if (IsParagraphLike(child))
            {
                ScoreParagraph(child, length);
            }

            ScoreParagraphs(child, skipChrome, depth + 1);
        }
    }

    // Furniture names on a box that holds much of the page's text are layout (sidebar-grid__container), unless it is the comments.
    private bool IsSkippedChrome(IElement element) =>
        HtmlRules.IsUnlikelyCandidate(element)
        && (stats.TextLength(element) * 5 < stats.TotalLength * 2 || HtmlRules.IsCommentSection(element));

    private static bool IsParagraphLike(Element element)
    {
        string tag = element.LocalName;
        if (tag is "p" or "pre")
        {
            return true;
        }

        if (tag is not ("div" or "td" or "section" or "article" or "span" or "font" or "blockquote"))
        {
            return false;
        }

        // A container whose text is inline (no block children) reads as a paragraph. (Element shows its child nodes only as an INode.)
        INodeList nodes = ((INode)element).ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is Element child && HtmlRules.IsBlockTag(child.LocalName))
            {
                return false;
            }
        }

        return tag != "span" || element.ParentElement?.LocalName is not "p";
    }

    // A paragraph with at least MinParagraphLength characters of text (length).
    private void ScoreParagraph(Element paragraph, int length)
    {
        // Counted in the text nodes: the paragraph's text was built only to be counted.
        int commas = HtmlText.CountOf(paragraph, Commas);
        double score = 1 + commas + Math.Min(length / 100, 3);
        IElement? ancestor = paragraph.ParentElement;
        for (int level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "body" or "html")
            {
                break;
            }

            // One lookup for the read and the write.
            ref double current = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, ancestor, out bool scored);
            if (!scored)
            {
                current = InitialScore(ancestor);
            }

            double divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            current += score / divider;
        }
    }

    private static double InitialScore(IElement element)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" or "section" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + HtmlRules.ClassWeight(element);
    }

    // An endless-scroll page carries the next stories below its own, each an article of the same template, and the next one
    // can outscore the page's (Dagbladet's second-article). When a box of the winner's template in an earlier article holds
    // a story's worth of text (not a teaser: a section front's teasers are short, and the page stays a front), that is the story.
    private IElement FirstStoryOfTemplate(IElement winner, double topScore)
    {
        if (string.IsNullOrWhiteSpace(winner.GetAttribute("class")) || winner.Closest(HtmlRules.ArticleElement) is not { } article)
        {
            return winner;
        }

        IElement first = winner;
        int winnerLength = stats.TextLength(winner);
        foreach ((IElement box, double score) in scores)
        {
            if (score < topScore * 0.5 || box == winner || !SameBox(box, winner))
            {
                continue;
            }

            int length = stats.TextLength(box);
            if (length >= MinStoryLength && length * 2 >= winnerLength
                && box.Closest(HtmlRules.ArticleElement) is { } other && other != article && !other.Contains(winner)
                && (box.CompareDocumentPosition(first) & DocumentPositions.Following) != 0)
            {
                first = box;
            }
        }

        return first;
    }

    // Paragraphs wrapped one per box (cards, blocks) make several near-equal winners: their common ancestor holds the story.
    private IElement CommonAncestorOfRivals(IElement top, double topScore, IElement body)
    {
        var rivals = scores.Where(kv => kv.Key != top && kv.Value >= topScore * 0.75).OrderByDescending(kv => kv.Value).Take(4).Select(kv => kv.Key).ToList();
        if (rivals.Count < 3)
        {
            return top;
        }

        for (IElement? parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            int containing = rivals.Count(parent.Contains);
            if (containing >= 3)
            {
                if (!scores.ContainsKey(parent))
                {
                    scores[parent] = InitialScore(parent);
                }

                return parent;
            }
        }

        return top;
    }

    private IElement ClimbToBetterAncestor(IElement top, double topScore, IElement body)
    {
        // Paragraphs split over several sibling wrappers: a scored ancestor that beats the winner holds them all.
        double lastScore = topScore;
        double threshold = topScore / 3;
        for (IElement? parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out double score))
            {
                continue;
            }

            if (score < threshold)
            {
                break;
            }

            if (score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = score;
        }

        while (top.ParentElement is { } only && only != body && only.Children.Length == 1)
        {
            top = only;
        }

        return top;
    }

    // A story cut into chunks between ad slots or page rows (Condé Nast's body__inner-container, Politico's story-text),
    // out of reach of the winner's siblings: each chunk is a scored box of the winner's template (its tag and exact
    // class, in a parent of the winner's parent's tag and class) under the same article. Content-named classes only
    // (a class weight above zero), so layout boxes that repeat across the page (row, col-md-12) are not joined, nor boxes
    // in related, teaser or comment regions, nor a box of the same name elsewhere in the page's header. Document order kept.
    private void AddContinuations(List<IElement> selected, IElement winner)
    {
        string? winnerClass = winner.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(winnerClass) || HtmlRules.ClassWeight(winner) <= 0)
        {
            return;
        }

        // The article holding the box, or the box itself when it is one: an endless-scroll page's stories are articles of one template.
        IElement? article = winner.Closest(HtmlRules.ArticleElement);
        int before = selected.Count;
        foreach ((IElement chunk, double score) in scores)
        {
            // The cheap tests first: most scored boxes differ from the winner in tag or class.
            if (score < MinContinuationScore || chunk == winner || chunk.LocalName != winner.LocalName || !SameTemplateClass(chunk.GetAttribute("class"), winnerClass)
                || !SameBox(chunk.ParentElement, winner.ParentElement) || chunk.Closest(HtmlRules.ArticleElement) != article || Overlaps(selected, chunk)
                || (!readHidden && HtmlRules.IsHidden(chunk)) || HtmlRules.IsOutsideStory(chunk, stats))
            {
                continue;
            }

            selected.Add(chunk);
        }

        if (selected.Count > before)
        {
            selected.Sort(static (a, b) => a == b ? 0 : (a.CompareDocumentPosition(b) & DocumentPositions.Following) != 0 ? -1 : 1);
        }
    }

    private static bool Overlaps(List<IElement> selected, IElement chunk)
    {
        foreach (IElement e in selected)
        {
            if (e.Contains(chunk) || chunk.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    // Chunks of one template may be numbered (the New York Times' "story-body story-body-1", then "story-body"): the same
    // class once numbers ending its words are set aside.
    private static bool SameTemplateClass(string? a, string b)
    {
        if (a is null || a == b)
        {
            return a is not null;
        }

        if (!a.AsSpan().ContainsAnyInRange('0', '9') && !b.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        return TemplateWords(a).SetEquals(TemplateWords(b));
    }

    private static HashSet<string> TemplateWords(string cls)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in cls.Split(HtmlRules.SpaceCharacters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            int end = word.Length;
            while (end > 0 && char.IsAsciiDigit(word[end - 1]))
            {
                end--;
            }

            words.Add(end < word.Length && end > 1 && word[end - 1] is '-' or '_' ? word[..(end - 1)] : word);
        }

        return words;
    }

    // Boxes of one template: same tag and class.
    private static bool SameBox(IElement? a, IElement? b) =>
        a is not null && b is not null && a.LocalName == b.LocalName && a.GetAttribute("class") == b.GetAttribute("class");

    private List<IElement> WithSiblings(IElement top, IElement body)
    {
        if (top.ParentElement is not { } parent || top == body)
        {
            return [top];
        }

        double topScore = scores.TryGetValue(top, out double s) ? s : 0;
        double threshold = Math.Max(10, topScore * 0.2);
        string? topClass = top.GetAttribute("class");
        var selected = new List<IElement>();
        foreach (IElement sibling in parent.Children)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            if (HtmlRules.IsInvisibleTag(sibling.LocalName) || HtmlRules.IsChrome(sibling))
            {
                continue;
            }

            double bonus = !string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out double siblingScore) && siblingScore + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                int length = stats.TextLength(sibling);
                double density = stats.LinkDensity(sibling);
                if ((length > 80 && density < 0.25) || (length > 0 && density == 0 && HtmlText.Of(sibling).Contains(". ", StringComparison.Ordinal)))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }
}
