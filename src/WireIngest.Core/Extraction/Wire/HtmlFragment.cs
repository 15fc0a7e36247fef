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
    /// <summary>Most unclosed elements accepted while scanning; real bodies nest a handful deep.</summary>
    public const int MaxNesting = 512;

    // Elements that close themselves or are closed by their next sibling do not deepen the tree.
    private static readonly HtmlParser Parser = HtmlPageParser.CreateParser();

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    };

    /// <summary>Appends the blocks of the HTML to the article.</summary>
    /// <exception cref="DocumentRejectedException">The markup nests deeper than <see cref="MaxNesting"/>.</exception>
    public static void Read(string html, ExtractedArticle article)
    {
        // HTML tree building costs grow with the square of the nesting; hostile nesting is refused before parsing.
        CheckNesting(html);
        using IDocument document = Parser.ParseDocument(html);
        IElement? body = document.Body;
        if (body is not null)
        {
            XmlBodyReader.Read(ToXElement(body, 0), article);
        }
    }

    /// <summary>Whether a text value holds markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string text)
    {
        int open = text.IndexOf('<', StringComparison.Ordinal);
        return open >= 0 && open + 1 < text.Length && (char.IsAsciiLetter(text[open + 1]) || text[open + 1] == '/') && text.IndexOf('>', open) > open;
    }

    private static void CheckNesting(string html)
    {
        int depth = 0;
        for (int i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            int end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            int close = end;
            while (close < html.Length && html[close] is not ('>' or '<'))
            {
                close++; // stops at the next '<' too, so a run of unclosed '<' stays linear
            }

            bool selfClosing = close < html.Length && html[close] == '>' && html[close - 1] == '/';
            if (end > i + 1 && !selfClosing && !NotNesting.Contains(html[(i + 1)..end]) && ++depth > MaxNesting)
            {
                throw new DocumentRejectedException($"HTML body nested deeper than {MaxNesting} levels");
            }
        }
    }

    // Beyond the depth cap the rest of a subtree is kept as its text, so hostile nesting cannot exhaust the stack.
    private static XElement ToXElement(IElement element, int depth)
    {
        var result = new XElement(XmlName(element.LocalName));
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
