using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds copyright lines as shown (<c>© Thomson Reuters 2024.</c>, <c>©2024 GPlusMedia Inc.</c>): the agency's line in the
/// story and the site's footer line, in page order; picture credits inside figures are not copyright lines.
/// </summary>
internal static partial class CopyrightCollector
{
    private const int MaxLines = 4;
    private const int MaxLineLength = 250;

    // The picture name pattern spelled out as words, asked of every element of the body.
    internal static readonly NameWords PictureCreditNames = new(PictureNames(), ["caption", "credit", "photo", "image", "picture", "bild"]);

    public static List<string> Collect(IElement body)
    {
        var lines = new List<string>();
        Visit(body, body, lines, 0);
        return lines;
    }

    // Picture-credit names are asked only of the ancestors of a text holding a mark, not of every element on the way
    // down: a mark inside a picture credit is then passed over, as if its subtree had not been entered.
    private static void Visit(IElement root, IElement element, List<string> lines, int depth)
    {
        if (depth > HtmlText.MaxDepth || lines.Count >= MaxLines)
        {
            return;
        }

        INodeList children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            // Indexed: the node list's enumerator is an allocation per element of the page.
            // Elements first, by a class test (every AngleSharp element is an Element): an interface cast scans the long
            // interface list of each element class.
            INode child = children[i];
            if (child is Element e)
            {
                string tag = e.LocalName;
                if (!HtmlRules.IsInvisibleTag(tag) && tag is not ("figure" or "figcaption"))
                {
                    Visit(root, e, lines, depth + 1);
                }
            }
            else if (child is IText text && HasMark(text.Data) && !InPictureCredit(root, element))
            {
                AddLine(element, lines);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a copyright mark (<see cref="Mark"/>); every alternative needs a '©', a '('
    /// or the word, so most texts are answered by vectorised searches without the regex.
    /// </summary>
    internal static bool HasMark(string text) =>
        (text.AsSpan().IndexOfAny('©', '(') >= 0 || text.Contains("copyright", StringComparison.OrdinalIgnoreCase)) && Mark().IsMatch(text);

    // Whether the element or an ancestor below the walk's root is named as a picture credit.
    private static bool InPictureCredit(IElement root, IElement element)
    {
        for (IElement? e = element; e is not null && e != root; e = e.ParentElement)
        {
            if (PictureCreditNames.IsMatch(e))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddLine(IElement element, List<string> lines)
    {
        // The line is the smallest block around the mark; inline wrappers (span, small) are widened to it.
        IElement block = element;
        while (!HtmlRules.IsBlockTag(block.LocalName) && block.ParentElement is { } parent && HtmlText.Of(parent).Length <= MaxLineLength)
        {
            block = parent;
        }

        string line = HtmlText.Of(block);
        if (line.Length > MaxLineLength)
        {
            line = HtmlText.Of(element);
        }

        Match start = Start().Match(line);
        if (!start.Success || line.Length > MaxLineLength)
        {
            return;
        }

        line = line[start.Index..];
        if (!lines.Contains(line))
        {
            lines.Add(line);
        }
    }

    [GeneratedRegex(@"©|\(c\)\s|\bcopyright\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Mark();

    [GeneratedRegex(@"©|\(c\)\s|\bcopyright\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"caption|credit|photo|image|picture|bild", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureNames();
}
