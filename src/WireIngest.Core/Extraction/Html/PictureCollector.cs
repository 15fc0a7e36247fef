using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Reads the story's pictures with caption and credit as shown: <c>figure</c> elements, image blocks whose caption or
/// credit element sits beside the image (credit spans, source lines, <c>data-*</c> credits), and images whose alt text
/// carries a credit; lead picture first. JSON-LD images only when the page shows none.
/// </summary>
internal static partial class PictureCollector
{
    // Internal for the page walk (HtmlArticleExtractor.Queries), which can gather the images for the picture walk.
    internal static readonly ISelector AnyImage = ParsedSelectors.Parse("img, picture, amp-img");

    // Internal for the page walk too: figures are picture blocks wherever they sit, far from any image or not.
    internal static readonly ISelector Figures = ParsedSelectors.Parse("figure");

    private static readonly ISelector Image = ParsedSelectors.Parse("img, amp-img");

    private static readonly ISelector Figcaption = ParsedSelectors.Parse("figcaption");

    private static readonly ISelector Any = ParsedSelectors.Parse("*");

    private static readonly ISelector TextBoxes = ParsedSelectors.Parse("p, span, div");

    // The credit and caption name patterns spelled out as words, asked of every element of the body.
    internal static readonly NameWords CreditNames = new(CreditName(),
        ["credit", "copyright", "photographer", "attribution", "courtesy", "imagesource", "image-source", "photosource", "photo-source",
            "_source", "-source", "bildquelle", "quelle", "rights"],
        atNameStart: ["source"]);

    internal static readonly NameWords CaptionNames = new(CaptionName(), ["caption", "legend", "legende", "bildunterschrift"]);

    // Caption or credit names in one question: the walk needs only whether either matches, and each question reads the
    // element's names again.
    internal static readonly NameWords CaptionOrCreditNames = NameWords.Either(CaptionNames, CreditNames);

    private const int MaxCreditLength = 200;
    private const int MaxCaptionLength = 600;
    private const int MaxPictureBoxText = 1200;

    // How many levels up ImageBox looks for the picture block of a named caption or credit, and of a credited caption text.
    private const int MaxCaptionBoxLevels = 4;
    private const int MaxCreditTextBoxLevels = 5;

    // Beyond any box level, and far from overflowing when the walk adds its depth.
    private const int FarFromImages = int.MaxValue / 2;
    private static readonly SearchValues<char> CreditPunctuation = SearchValues.Create("(:/");
    private static readonly string[] CreditAttributes = ["data-credit", "data-photographer", "data-copyright", "data-caption-credit", "data-image-credit", "data-source"];

    /// <summary>The page's pictures; image addresses are made absolute against <paramref name="pageBase"/> (<see cref="ImageAddress"/>).</summary>
    public static List<RawPicture> Collect(IElement body, PageMetadata metadata, TextStatistics stats, Uri? pageBase = null) =>
        Collect(Containers(body, stats), metadata, stats, pageBase);

    /// <summary>The pictures of the picture blocks <paramref name="containers"/> (<see cref="Containers"/>, found once per page).</summary>
    public static List<RawPicture> Collect(List<IElement> containers, PageMetadata metadata, TextStatistics stats, Uri? pageBase = null)
    {
        var pictures = new List<RawPicture>();
        foreach (IElement container in containers)
        {
            if (HtmlRules.IsHidden(container) || IsTeaserLink(container) || InAside(container)
                || HtmlRules.IsInsideNamedRegion(container, stats, ExcludedRegion(), withAsides: false))
            {
                continue;
            }

            RawPicture? picture = Read(container, pageBase);
            if (picture is not null && !pictures.Exists(p => p.Caption == picture.Caption && p.Credit == picture.Credit))
            {
                pictures.Add(picture);
            }
        }

        if (pictures.Count == 0)
        {
            foreach (JsonLdImage image in metadata.Images)
            {
                if (image.Caption is not null || image.Credit is not null)
                {
                    pictures.Add(new RawPicture(image.Caption, image.Credit, image.Url is null ? null : ImageAddress.Resolve(image.Url, pageBase)));
                }
            }
        }

        return pictures;
    }

    /// <summary>Picture blocks in document order: figures, the image box around a caption/credit element, credited images.</summary>
    internal static List<IElement> Containers(IElement body, TextStatistics stats)
    {
        var containers = new List<IElement>();
        var walk = new ContainerWalk(containers, stats, new Holders(stats.Elements.InDocument(AnyImage)), new Holders(stats.Elements.InBody(Figures)));
        bool holds = walk.Images.Holds(body);
        FindContainers(body, walk, holds, holds ? BoxDistance(body, stats) : 2, 0);
        return containers;
    }

    private readonly record struct ContainerWalk(List<IElement> Containers, TextStatistics Stats, Holders Images, Holders Figures);

    // The children of element are sinceBox levels below their nearest ancestor holding an image when that ancestor can be
    // a picture block (FarFromImages when it cannot, or there is none): ImageBox takes the nearest holder or nothing. A
    // caption or credit makes a picture block only with such a box a few levels up, so elements farther from one are not
    // asked their names or text, and a subtree holding no image, no figure and no element that near one is not entered:
    // on most pages that is most of the body.
    private static void FindContainers(IElement element, in ContainerWalk walk, bool holdsImage, int sinceBox, int depth)
    {
        if (depth > HtmlText.MaxDepth)
        {
            return;
        }

        // Child nodes by index: the Children collection is an iterator allocated per element and walked again per count.
        // A class test and calls on Element (every AngleSharp element is one): an interface cast, or an interface call on
        // the page's many element classes, goes through a type scan or a dispatch stub.
        List<IElement> containers = walk.Containers;
        INodeList nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not Element child)
            {
                continue;
            }

            string tag = child.LocalName;
            if (HtmlRules.IsInvisibleTag(tag) && tag != "button")
            {
                continue; // Buttons stay: slide viewers wrap the story's pictures in one.
            }

            if (tag == "figure")
            {
                containers.Add(child);
                continue;
            }

            if (tag == "img" && HasCreditInAlt(child.GetAttribute("alt") ?? string.Empty))
            {
                containers.Add(child);
                continue;
            }

            if (sinceBox <= MaxCreditTextBoxLevels && CaptionBox(child, tag, sinceBox, walk) is { } box)
            {
                AddBox(containers, box);
                if (box.Contains(child))
                {
                    continue;
                }
            }

            // Only a child of a holder can hold an image itself. Below a child that holds no image, every element is farther
            // from a box than the child's children, and only a figure can be a picture block there.
            bool childHolds = holdsImage && walk.Images.Holds(child);
            int childSinceBox = childHolds ? BoxDistance(child, walk.Stats) : sinceBox + 1;
            if (childHolds || childSinceBox <= MaxCreditTextBoxLevels || walk.Figures.Holds(child))
            {
                FindContainers(child, walk, childHolds, childSinceBox, depth + 1);
            }
        }
    }

    // The sinceBox of the children of a holder: 1 when ImageBox would take it, FarFromImages when it stops there with nothing.
    private static int BoxDistance(IElement holder, TextStatistics stats) =>
        holder.LocalName is "body" || IsTooLargeForBox(holder, stats) ? FarFromImages : 1;

    // The picture block of a caption or credit element (by its tag, names or credited text) sinceBox levels below the
    // nearest possible box; null when it is none or has none.
    private static IElement? CaptionBox(Element element, string tag, int sinceBox, in ContainerWalk walk)
    {
        bool named = tag == "figcaption" || CaptionOrCreditNames.IsMatch(element);
        int levels = named ? MaxCaptionBoxLevels : MaxCreditTextBoxLevels;
        return sinceBox <= levels && (named || IsCreditedCaptionText(element)) ? ImageBox(element, levels, walk) : null;
    }

    // Kept apart from the walk: a lambda over the box there allocated its closure for every element of the body.
    private static void AddBox(List<IElement> containers, IElement box)
    {
        if (!containers.Exists(c => c.Contains(box)))
        {
            // A bare figure beside its caption box ("<figure><img></figure><figcaption>") is read with the box.
            containers.RemoveAll(box.Contains);
            containers.Add(box);
        }
    }

    // A short text block ending with an agency photo credit ("… in La Crosse, Wis. (AP Photo/Morry Gash)") is a caption,
    // whatever its class is called (slide descriptions, machine-generated names).
    private static bool IsCreditedCaptionText(Element element) =>
        element.LocalName is "p" or "span" or "div" && element.FirstElementChild is null
        && LeafText(element) is { Length: > 20 and < MaxCaptionLength } text && HasCreditInAlt(text);

    /// <summary>
    /// Whether <paramref name="text"/> carries a photo credit (<see cref="CreditInAlt"/>); every alternative of the
    /// pattern needs a '(', ':' or '/', so most texts are answered by a vectorised search without the regex.
    /// </summary>
    internal static bool HasCreditInAlt(string text) => text.AsSpan().IndexOfAny(CreditPunctuation) >= 0 && CreditInAlt().IsMatch(text);

    // TextContent of an element without child elements, read from its text nodes: no copy for the usual single
    // text node, and no trip through the parser's shared (locked) builder pool for every leaf of the page.
    private static string LeafText(IElement leaf)
    {
        INodeList nodes = leaf.ChildNodes;
        if (nodes.Length == 1)
        {
            return nodes[0] is IText only ? only.Data : string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (INode node in nodes)
        {
            if (node is IText part)
            {
                text.Append(part.Data);
            }
        }

        return text.ToString();
    }

    // Asides and footers hold other stories' pictures, unless the aside is itself a picture box ("aside class=image").
    private static bool InAside(IElement container)
    {
        for (IElement? a = container; a is not null && a.LocalName != "body"; a = a.ParentElement)
        {
            if (a.LocalName == "footer" || (a.LocalName == "aside" && !NameMatches.IsMatch(PictureBoxName(), HtmlRules.NamesOf(a))))
            {
                return true;
            }
        }

        return false;
    }

    // A picture wrapped in a link is another story's teaser card.
    private static bool IsTeaserLink(IElement container)
    {
        for (IElement? a = container; a is not null && a.LocalName != "body"; a = a.ParentElement)
        {
            if (a.LocalName == "a" && a.HasAttribute("href"))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest ancestor (a few levels up) that holds an image: the caption's picture block. A caption known only by
    // its credit may sit one level deeper (slide viewers wrap the caption in info and read-more boxes). A box holding
    // more text than a caption and its credit is the story (a "source" label in the byline beside the lead video), and
    // taking it would hide the story's own picture blocks inside it.
    private static IElement? ImageBox(Element captionOrCredit, int levels, in ContainerWalk walk)
    {
        IElement? box = captionOrCredit.ParentElement;
        for (int i = 0; i < levels && box is not null && box.LocalName != "body"; i++, box = box.ParentElement)
        {
            if (walk.Images.Holds(box))
            {
                return IsTooLargeForBox(box, walk.Stats) ? null : box;
            }
        }

        return null;
    }

    private static bool IsTooLargeForBox(IElement box, TextStatistics stats) =>
        box.LocalName is "article" or "main" || stats.TextLength(box) > MaxPictureBoxText;

    private static RawPicture? Read(IElement container, Uri? pageBase)
    {
        IElement? img = container.LocalName == "img" ? container : container.First(Image);
        IElement? captionElement = container.First(Figcaption);
        var creditElements = new List<IElement>();
        foreach (IElement e in container.All(Any))
        {
            bool creditNamed = CreditNames.IsMatch(e);
            if (creditNamed && IsCaptionAndCreditWrapper(e))
            {
                continue; // Its caption and credit elements are read one by one.
            }

            if (creditNamed && !creditElements.Exists(c => c.Contains(e)))
            {
                creditElements.Add(e);
            }
            else if (captionElement is null && !creditNamed && CaptionNames.IsMatch(e))
            {
                captionElement = e;
            }
        }

        captionElement ??= container.All(TextBoxes).OfType<Element>().FirstOrDefault(IsCreditedCaptionText);
        string? credit = null;
        foreach (IElement marked in creditElements)
        {
            // "Alketa Misja (<span class=credit>dpa/picture alliance</span>)": the credit shown is the whole inline run, unless
            // the run holds the caption too (Business Insider's span.image-source-caption).
            IElement e = marked.ParentElement is { } parent && parent != container && parent != captionElement
                && (captionElement is null || !parent.Contains(captionElement))
                && !HtmlRules.IsBlockTag(parent.LocalName) && HtmlText.Of(parent).Length < 120 ? parent : marked;
            string text = HtmlText.Of(e);
            if (text.Length is > 1 and < MaxCreditLength && (credit is null || !credit.Contains(text, StringComparison.Ordinal)))
            {
                credit = credit is null ? text : credit + " " + text;
            }
        }

        credit ??= CreditAttribute(container) ?? (img is null ? null : CreditAttribute(img));

        string? caption = captionElement is null ? null : HtmlText.Of(captionElement);
        if (caption is not null && credit is not null)
        {
            int at = caption.IndexOf(credit, StringComparison.Ordinal);
            if (at == 0)
            {
                credit = caption; // The whole caption is the credit line ("Photo by X /Agency").
                caption = null;
            }
            else if (at > 0)
            {
                // The credit runs to the caption's end ("Photo by Jean Levac /Postmedia News"), whatever part of it was marked up.
                credit = caption[at..];
                caption = caption[..at].TrimEnd();
            }
        }

        if (credit is null && captionElement is not null && caption is { } shown)
        {
            (caption, credit) = SplitTrailingCredit(captionElement, shown);
        }

        if (string.IsNullOrEmpty(caption) && img?.GetAttribute("alt") is { Length: > 0 } alt && (credit is not null || HasCreditInAlt(alt)))
        {
            caption = HtmlText.Normalize(alt);
        }

        if (string.IsNullOrEmpty(caption) && credit is null)
        {
            return null;
        }

        string? href = img is null ? null : ImageAddress.Of(img, pageBase);
        return new RawPicture(string.IsNullOrEmpty(caption) ? null : caption, credit, href);
    }

    // NPR's div.credit-caption holds the caption box and the credit elements: named for both, it is neither. A credit
    // line named for both (Ars Technica's div.caption-credit) holds no credit element of its own.
    private static bool IsCaptionAndCreditWrapper(IElement element)
    {
        if (!CaptionNames.IsMatch(element))
        {
            return false;
        }

        foreach (IElement inner in element.All(Any))
        {
            if (CreditNames.IsMatch(inner))
            {
                return true;
            }
        }

        return false;
    }

    // Credits shown at the caption's end without a credit class: after a © or "Foto:" mark, or as the caption's last,
    // separately marked-up short element ("… in Brussels.<span>Jane Doe/dpa</span>").
    private static (string? Caption, string? Credit) SplitTrailingCredit(IElement captionElement, string caption)
    {
        Match mark = TrailingCreditMark().Match(caption);
        if (mark.Success)
        {
            string before = caption[..mark.Index].TrimEnd();
            string credit = caption[mark.Index..];
            if (before.EndsWith('(') && credit.TrimEnd().EndsWith(')'))
            {
                // AFP's "… 2024. (Photo by Ludovic MARIN / AFP)": the bracket goes with the credit.
                before = before[..^1].TrimEnd();
                credit = "(" + credit;
            }

            before = before.TrimEnd('—', '–', '-').TrimEnd();
            return (before.Length == 0 ? null : before, credit);
        }

        // A wrapper around the whole caption ("<div class=caption><p><span>…</span> <span>(AP Photo/…)</span></p></div>")
        // shows the same runs as its only child.
        while (captionElement.Children.Length == 1 && captionElement.FirstElementChild is { } only
            && HtmlText.Of(only).Length == caption.Length)
        {
            captionElement = only;
        }

        if (captionElement.Children.Length >= 2 && captionElement.LastElementChild is { } last
            && (last.NextSibling is null || (last.NextSibling is IText after && string.IsNullOrWhiteSpace(after.Data) && after.NextSibling is null)))
        {
            string lastText = HtmlText.Of(last);
            if (lastText.Length is > 1 and <= 80 && caption.Length > lastText.Length + 10 && caption.EndsWith(lastText, StringComparison.Ordinal)
                && !lastText.EndsWith('.'))
            {
                return (caption[..^lastText.Length].TrimEnd(), lastText);
            }
        }

        return (caption, null);
    }

    private static string? CreditAttribute(IElement element)
    {
        foreach (string name in CreditAttributes)
        {
            if (element.GetAttribute(name) is { Length: > 1 } value)
            {
                return HtmlText.Normalize(value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"credit|copyright|photographer|attribution|courtesy|image-?source|photo-?source|[_-]source|bildquelle|quelle|(^|\s)source|rights",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditName();

    [GeneratedRegex(@"(©|\(c\)\s|\b(foto\p{L}*|photo\p{L}*|bild|picture|image|credit|quelle|source)s?\s*:\s*|\b(photo|picture|image|foto|bild)s?\s+(by|von|de|par|di)\s)[^.!?]{2,120}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditMark();

    [GeneratedRegex(@"image|photo|picture|figure|media", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureBoxName();

    [GeneratedRegex(@"caption|legend|legende|bildunterschrift", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionName();

    // "(AP Photo/…)", "(Photo: …)", "Foto: …", "Picture: …" in an image's alt text: a caption with its credit.
    [GeneratedRegex(@"\((AP|AFP|Reuters)?\s*(photo|foto|picture|image|bild|credit)s?\s*[:/]|\b(photo|foto|picture|image|credit)s?:\s*\S|(REUTERS|AFP|AP Photo)/\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CreditInAlt();

    [GeneratedRegex(@"comment|related|recommend|sidebar|teaser|promo|more-?stories|trending|popular|newsletter|site-?header|site-?footer|(^|\s)nav|menu|advert|sponsor|outbrain|taboola|byline|author|avatar|logo|brand",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRegion();
}
