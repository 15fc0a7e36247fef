using System.Text.RegularExpressions;
using AngleSharp.Dom;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Reads the story's pictures: <c>figure</c> elements and captioned image blocks with their caption and credit
/// (credit spans, <c>data-*</c> credits), lead picture first; JSON-LD images only when the page shows none.
/// </summary>
internal static partial class PictureCollector
{
    private static readonly string[] CreditAttributes = ["data-credit", "data-photographer", "data-copyright", "data-caption-credit", "data-image-credit", "data-source"];

    public static List<RawPicture> Collect(IDocument document, PageMetadata metadata)
    {
        var pictures = new List<RawPicture>();
        foreach (IElement figure in document.QuerySelectorAll("figure, [class*=image-caption], [class*=photo-caption], [itemprop=image], [itemtype*=ImageObject]"))
        {
            if (figure.LocalName != "figure" && figure.Closest("figure") is not null)
            {
                continue; // Read with its figure.
            }

            if (HtmlRules.IsHidden(figure) || InsideExcludedRegion(figure) || HasFigureAncestor(figure))
            {
                continue;
            }

            RawPicture? picture = Read(figure);
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
                    pictures.Add(new RawPicture(image.Caption, image.Credit, image.Url));
                }
            }
        }

        return pictures;
    }

    private static RawPicture? Read(IElement figure)
    {
        IElement? captionElement = figure.QuerySelector("figcaption") ?? figure.QuerySelector("[class*=caption], [itemprop=caption], [itemprop=description]");
        var creditElements = new List<IElement>();
        foreach (IElement e in figure.QuerySelectorAll("*"))
        {
            string names = HtmlRules.NamesOf(e);
            if (names.Length > 0 && CreditName().IsMatch(names) && !creditElements.Exists(c => c.Contains(e)))
            {
                creditElements.Add(e);
            }
        }

        string? credit = null;
        foreach (IElement e in creditElements)
        {
            string text = HtmlText.Of(e);
            if (text.Length is > 1 and < 200)
            {
                credit = credit is null ? text : credit + " " + text;
            }
        }

        IElement? img = figure.LocalName == "img" ? figure : figure.QuerySelector("img");
        credit ??= CreditAttribute(figure) ?? (img is null ? null : CreditAttribute(img));

        string? caption = null;
        if (captionElement is not null)
        {
            caption = HtmlText.Of(captionElement);
            if (credit is not null && caption.EndsWith(credit, StringComparison.Ordinal) && caption.Length > credit.Length)
            {
                caption = caption[..^credit.Length].TrimEnd();
            }
            else if (credit is not null && caption == credit)
            {
                caption = null;
            }
        }

        if (string.IsNullOrEmpty(caption) && img?.GetAttribute("alt") is { Length: > 0 } alt && credit is not null)
        {
            caption = HtmlText.Normalize(alt);
        }

        if (string.IsNullOrEmpty(caption) && credit is null)
        {
            return null;
        }

        string? href = img?.GetAttribute("src") ?? img?.GetAttribute("data-src");
        return new RawPicture(string.IsNullOrEmpty(caption) ? null : caption, credit, href);
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

    private static bool HasFigureAncestor(IElement element)
    {
        for (IElement? a = element.ParentElement; a is not null; a = a.ParentElement)
        {
            if (a.LocalName == "figure" || a.GetAttribute("itemprop") == "image")
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideExcludedRegion(IElement element)
    {
        for (IElement? a = element; a is not null; a = a.ParentElement)
        {
            if (a.LocalName is "nav" or "footer" or "aside")
            {
                return true;
            }

            string names = HtmlRules.NamesOf(a);
            if (names.Length > 0 && ExcludedRegion().IsMatch(names))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"credit|copyright|photographer|attribution|courtesy|image-?source|photo-?source|bildquelle|quelle|source|author|byline|rights",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditName();

    [GeneratedRegex(@"comment|related|recommend|sidebar|teaser|promo|more-?stories|trending|popular|newsletter|site-?header|site-?footer|(^|\s)nav|menu|advert|sponsor",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRegion();
}
