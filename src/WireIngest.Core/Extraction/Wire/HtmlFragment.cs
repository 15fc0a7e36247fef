using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// HTML carried as a string inside wire metadata (ninjs <c>body_html</c>, NewsML 1.2 CDATA): parsed by a real HTML parser,
/// then walked by the same <see cref="XmlBodyReader"/> as XHTML bodies.
/// </summary>
internal static class HtmlFragment
{
    private static readonly HtmlParser Parser = HtmlPageParser.CreateParser();

    /// <summary>Appends the blocks of the HTML to the article.</summary>
    /// <exception cref="DocumentRejectedException">The markup nests too deeply to be parsed in reasonable time (<see cref="MarkupNesting"/>).</exception>
    public static void Read(string html, ExtractedArticle article)
    {
        MarkupNesting.ThrowIfTooDeep(html);
        IDocument document = Parser.ParseDocument(html);
        try
        {
            if (document.Body is { } body)
            {
                XmlBodyReader.Read(ToXElement(body, 0), article);
            }
        }
        finally
        {
            DocumentRelease.Release(document);
        }
    }

    /// <summary>Whether a text value holds markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string text)
    {
        int open = text.IndexOf('<', StringComparison.Ordinal);
        return open >= 0 && open + 1 < text.Length && (char.IsAsciiLetter(text[open + 1]) || text[open + 1] == '/') && text.IndexOf('>', open) > open;
    }

    // Beyond the depth cap the rest of a subtree is kept as its text, so hostile nesting cannot exhaust the stack.
    private static XElement ToXElement(IElement element, int depth)
    {
        var result = new XElement(XmlName(element.LocalName));
        // An image's address is the one attribute the body reader uses (a figure becomes a picture with it): the one the
        // page reader takes (lazy-loading attribute, src, srcset). A wire body has no page address to resolve against.
        if (element.LocalName is "img" or "source" or "amp-img" && ImageAddress.Of(element, pageBase: null) is { } src)
        {
            result.SetAttributeValue("src", src);
        }

        if (depth >= SafeXml.MaxDepth)
        {
            result.Add(new XText(element.TextContent));
            return result;
        }

        foreach (INode child in element.ChildNodes)
        {
            switch (child)
            {
                case IElement e:
                    result.Add(ToXElement(e, depth + 1));
                    break;
                case IText t:
                    result.Add(new XText(t.Data));
                    break;
            }
        }

        return result;
    }

    // HTML allows names XML does not (e.g. "o:p" from Word); such elements become neutral containers.
    private static string XmlName(string localName)
    {
        try
        {
            return System.Xml.XmlConvert.VerifyNCName(localName);
        }
        catch (System.Xml.XmlException)
        {
            return "span";
        }
    }
}
