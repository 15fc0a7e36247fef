using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Turns the content elements into body blocks: paragraphs, subheads, list items and quotes,
/// leaving out chrome inside the story (share bars, related links, ads, captions, "read more" teasers).
/// </summary>
internal sealed partial class BodyCollector
{
    private readonly TextStatistics stats;
    private readonly List<BodyBlock> blocks = [];
    private readonly StringBuilder buffer = new();
    private int linkChars;
    private BodyBlockKind kind = BodyBlockKind.Paragraph;
    private bool inLink;
    private int rootLength;
    private bool readHidden;
    private bool inPicture;
    private readonly HashSet<IElement> pictureBoxes;
    private readonly IReadOnlyList<IElement> choiceBoxes;

    private BodyCollector(TextStatistics stats, IReadOnlyList<IElement> pictureBoxes, IReadOnlyList<IElement> choiceBoxes)
    {
        this.stats = stats;
        this.pictureBoxes = new HashSet<IElement>(pictureBoxes, ReferenceEqualityComparer.Instance);
        this.choiceBoxes = choiceBoxes;
    }

    /// <summary>Copyright lines met inside the story (kept out of the body).</summary>
    public List<string> CopyrightLines { get; } = [];

    /// <param name="content">The content elements, in document order.</param>
    /// <param name="stats">The page's text statistics.</param>
    /// <param name="pictureBoxes">
    /// The picture blocks <see cref="PictureCollector"/> reads (<see cref="PictureCollector.Containers"/>): their caption and
    /// credit elements are left out of the body, their other text stays.
    /// </param>
    /// <param name="choiceBoxes">Polls and quizzes inside the story (<see cref="ChoiceBoxes.Find"/>), left out.</param>
    public static BodyCollector Collect(
        IEnumerable<IElement> content, TextStatistics stats, IReadOnlyList<IElement>? pictureBoxes = null, IReadOnlyList<IElement>? choiceBoxes = null)
    {
        var collector = new BodyCollector(stats, pictureBoxes ?? [], choiceBoxes ?? []);
        foreach (IElement element in content)
        {
            collector.rootLength = stats.TextLength(element);
            collector.readHidden = HasHiddenAncestor(element);
            collector.Block(element, BodyBlockKind.Paragraph, 0, isRoot: true);
        }

        return collector;
    }

    public List<BodyBlock> Blocks => blocks;

    private void Walk(INode node, int depth)
    {
        if (depth > HtmlText.MaxDepth)
        {
            return;
        }

        // Indexed: the node list's enumerator is an allocation per element of the story.
        INodeList children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            // Every element of AngleSharp's DOM is an Element: the class test is cheaper than the interface casts.
            INode child = children[i];
            if (child is not Element element)
            {
                if (child is IText text)
                {
                    buffer.Append(text.Data);
                    if (inLink)
                    {
                        linkChars += text.Data.Length;
                    }
                }

                continue;
            }

            string tag = element.LocalName;
            if (HtmlRules.IsInvisibleTag(tag) || (!readHidden && HtmlRules.IsHidden(element)))
            {
                continue;
            }

            if (tag == "br")
            {
                if (element.NextElementSibling?.LocalName == "br" || IsBlankBetween(element))
                {
                    Flush();
                }
                else
                {
                    buffer.Append(' ');
                }

                continue;
            }

            if (tag is "figure" or "figcaption" or "picture" or "img" or "h1" or "hr")
            {
                Flush(); // Pictures are read apart; the headline is not body text.
                continue;
            }

            if (tag is "td" or "th")
            {
                buffer.Append(' ');
                Walk(element, depth + 1);
                buffer.Append(' ');
                continue;
            }

            if (HtmlRules.IsBlockTag(tag) && (IsChromeBlock(element) || IsChoiceBox(element)))
            {
                Flush();
                continue;
            }

            // A picture block outside a figure (NPR's image box) keeps its text, which may be the story's (how-to steps
            // beside their pictures), but not its caption and credit elements, read with the picture.
            if (inPicture && PictureCollector.CaptionOrCreditNames.IsMatch(element))
            {
                continue;
            }

            bool entersPicture = !inPicture && pictureBoxes.Contains(element);
            inPicture |= entersPicture;
            switch (tag)
            {
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(element, BodyBlockKind.Subhead, depth, isRoot: false);
                    break;
                case "li":
                    Block(element, element.ParentElement?.LocalName == "ol" ? BodyBlockKind.OrderedListItem : BodyBlockKind.ListItem, depth, isRoot: false);
                    break;
                case "blockquote":
                    Block(element, BodyBlockKind.Quote, depth, isRoot: false);
                    break;
                case "a":
                    bool wasInLink = inLink;
                    inLink = element.HasAttribute("href");
                    Walk(element, depth + 1);
                    inLink = wasInLink;
                    break;
                default:
                    if (HtmlRules.IsBlockTag(tag))
                    {
                        Block(element, kind, depth, isRoot: false);
                    }
                    else
                    {
                        Walk(element, depth + 1);
                    }

                    break;
            }

            inPicture &= !entersPicture;
        }
    }

    private void Block(IElement element, BodyBlockKind blockKind, int depth, bool isRoot)
    {
        if (isRoot && (element.LocalName is "figure" or "h1" || HtmlRules.IsInvisibleTag(element.LocalName)))
        {
            return;
        }

        Flush();
        BodyBlockKind outer = kind;
        kind = kind == BodyBlockKind.Quote ? BodyBlockKind.Quote : blockKind;
        Walk(element, depth + 1);
        Flush();
        kind = outer;
    }

    // A page has a poll or two at most: a list search, no set.
    private bool IsChoiceBox(Element element)
    {
        foreach (IElement box in choiceBoxes)
        {
            if (box == element)
            {
                return true;
            }
        }

        return false;
    }

    // Lists and wrappers of links (related stories, tag lists) and named chrome inside the story.
    private bool IsChromeBlock(Element element)
    {
        if (HtmlRules.IsChrome(element))
        {
            // A wrapper holding most of the story, or the story's own named body, is layout (content-with-sidebar),
            // not chrome; comment threads stay out.
            return HtmlRules.IsCommentSection(element)
                || (stats.TextLength(element) * 5 < rootLength * 2 && !HtmlRules.HoldsStoryBody(element));
        }

        if (element.LocalName is "p" or "blockquote" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return false;
        }

        int text = stats.TextLength(element);
        return text > 0 && stats.LinkDensity(element) > 0.5 && element.LocalName is "ul" or "ol" or "div" or "section" or "dl";
    }

    // The locator only picks a hidden story when the page shows none; then its hidden wrapper is no reason to skip.
    private static bool HasHiddenAncestor(IElement element)
    {
        for (IElement? a = element; a is not null; a = a.ParentElement)
        {
            if (HtmlRules.IsHidden(a))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlankBetween(IElement br) =>
        br.NextSibling is IText t && string.IsNullOrWhiteSpace(t.Data) && t.NextSibling is IElement { LocalName: "br" };

    private void Flush()
    {
        if (buffer.Length == 0)
        {
            return;
        }

        string text = TextNormalizer.NormalizeInline(buffer);
        int links = linkChars;
        buffer.Clear();
        linkChars = 0;
        if (text.Length == 0)
        {
            return;
        }

        if (CopyrightLine().IsMatch(text) && text.Length < 200)
        {
            CopyrightLines.Add(text);
            return;
        }

        if (IsBoilerplateLine(text) || (links > 0 && links >= text.Length * 0.8 && kind != BodyBlockKind.Quote))
        {
            return;
        }

        if (kind == BodyBlockKind.Subhead && text.Length > 200)
        {
            blocks.Add(BodyBlock.Paragraph(text));
            return;
        }

        blocks.Add(new BodyBlock(kind, text));
    }

    private static bool IsBoilerplateLine(string text) => text.Length < 120 && BoilerplateLine().IsMatch(text);

    [GeneratedRegex(@"^(\(c\)|©|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"^(advertisement|advertising|advert$|anzeige|werbung$|publicité|publicidad|publicidade$|pubblicità$|advertentie$|reklame$|annons$|реклама$|sponsored|\[pr\]$|this slideshow requires javascript|tell us what you think|our standards: the thomson reuters trust principles|read more\b|read next\b|related:|related articles|related stories|recommended:?$|see also:|also read:|read also:|more:|click here\b|sign up\b|subscribe\b|follow us\b|share this\b|share on\b|share$|tweet$|email$|print$|comments?$|image:|photo:|continue reading|story continues below|scroll to continue|loading\.{0,3}$|listen to this article|(?:acquire|purchase) licensing rights)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateLine();
}
