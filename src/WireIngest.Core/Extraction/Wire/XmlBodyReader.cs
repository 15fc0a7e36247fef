using System.Text;
using System.Xml.Linq;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Turns an XHTML or NITF body element into <see cref="BodyBlock"/>s (and NITF <c>media</c> and HTML <c>figure</c>s with an image into pictures).
/// Elements are matched by local name, so the namespace (XHTML, NITF 3.4, none) does not matter.
/// </summary>
internal static class XmlBodyReader
{
    // An XHTML <header> repeats what the item's metadata already gives (dpa: subject and keyword list, time, genre, headline).
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "header", "title", "script", "style", "img", "object", "iframe", "noscript", "body.head", "body.end", "nitf-table-metadata",
    };

    /// <summary>Appends the blocks of <paramref name="container"/> to <paramref name="article"/>.</summary>
    public static void Read(XElement container, ExtractedArticle article) => ReadChildren(container, article, quote: false);

    /// <summary>The element's text with <c>br</c> as a space, normalised.</summary>
    public static string InlineText(XElement element)
    {
        var text = new StringBuilder();
        foreach (XNode node in element.DescendantNodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement { Name.LocalName: "br" })
            {
                text.Append(' ');
            }
        }

        return TextNormalizer.NormalizeInline(text.ToString());
    }

    private static void ReadChildren(XElement container, ExtractedArticle article, bool quote)
    {
        var loose = new StringBuilder();
        foreach (XNode node in container.Nodes())
        {
            switch (node)
            {
                case XText text:
                    loose.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "br" }:
                    loose.Append(' ');
                    break;
                case XElement element when IsInline(element):
                    loose.Append(' ').Append(InlineText(element)).Append(' ');
                    break;
                case XElement element:
                    AddLoose(loose, article, quote);
                    ReadElement(element, article, quote);
                    break;
            }
        }

        AddLoose(loose, article, quote);
    }

    private static void ReadElement(XElement element, ExtractedArticle article, bool quote)
    {
        string name = element.Name.LocalName.ToLowerInvariant();
        if (Skipped.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "p" when !element.HasElements && PlainTextBody.IsLaidOut(element.Value):
                AddParagraphs(article, quote, PlainTextBody.Split(element.Value));
                break;
            case "p":
                Add(article, quote ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, InlineText(element));
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hl2":
                Add(article, BodyBlockKind.Subhead, InlineText(element));
                break;
            case "li":
                bool ordered = element.Parent?.Name.LocalName.Equals("ol", StringComparison.OrdinalIgnoreCase) == true;
                Add(article, ordered ? BodyBlockKind.OrderedListItem : BodyBlockKind.ListItem, InlineText(element));
                break;
            case "blockquote" or "bq":
                ReadChildren(element, article, quote: true);
                break;
            case "pre":
                AddParagraphs(article, quote, PlainTextBody.Split(string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value)), dedent: true));
                break;
            case "tr":
                Add(article, BodyBlockKind.Paragraph, string.Join(' ', element.Elements().Select(InlineText).Where(c => c.Length > 0)));
                break;
            case "media":
                AddMedia(element, article);
                break;
            case "figure" when HasImage(element):
                AddFigure(element, article);
                break;
            default:
                ReadChildren(element, article, quote);
                break;
        }
    }

    private static void AddMedia(XElement media, ExtractedArticle article)
    {
        string? caption = media.Child("media-caption").TextOrNull();
        string? producer = media.Child("media-producer").TextOrNull();
        string? href = media.Child("media-reference")?.Attribute("source")?.Value;
        if (caption is not null || producer is not null || href is not null)
        {
            article.Pictures.Add(new RawPicture(caption, Credit: null, href, producer));
        }
    }

    // An HTML figure holding an image is a picture: its caption (whose credit the normaliser reads) is not story text. A figure
    // without one (a pull quote, a table) is read as its children are.
    private static void AddFigure(XElement figure, ExtractedArticle article)
    {
        string? caption = Descendant(figure, "figcaption").TextOrNull();
        // The page reader's rule (lazy-loading attribute, src, srcset; no data: placeholder), without a page address.
        string? href = figure.Descendants().Where(IsImage)
            .Select(e => ImageAddress.Of(name => e.Attribute(name)?.Value, pageBase: null))
            .FirstOrDefault(src => src is not null);
        article.Pictures.Add(new RawPicture(caption, Credit: null, href, InBody: true));
    }

    private static bool HasImage(XElement figure) => figure.Descendants().Any(IsImage);

    private static bool IsImage(XElement element) => element.Name.LocalName.ToLowerInvariant() is "img" or "picture" or "source" or "amp-img";

    private static XElement? Descendant(XElement parent, string localName) =>
        parent.Descendants().FirstOrDefault(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    private static bool IsInline(XElement element) => element.Name.LocalName.ToLowerInvariant() is
        "a" or "b" or "i" or "em" or "strong" or "span" or "u" or "sub" or "sup" or "small" or "abbr" or "cite" or "q" or "code"
        or "classifier" or "person" or "org" or "location" or "event" or "function" or "object.title" or "virtloc" or "chron" or "money" or "num" or "copyrite" or "pronounce";

    private static void AddLoose(StringBuilder loose, ExtractedArticle article, bool quote)
    {
        if (loose.Length > 0)
        {
            Add(article, quote ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, TextNormalizer.NormalizeInline(loose.ToString()));
            loose.Clear();
        }
    }

    private static void AddParagraphs(ExtractedArticle article, bool quote, List<string> paragraphs) =>
        paragraphs.ForEach(p => Add(article, quote ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, p));

    private static void Add(ExtractedArticle article, BodyBlockKind kind, string text)
    {
        if (text.Length > 0)
        {
            article.Body.Add(new BodyBlock(kind, text));
        }
    }
}
