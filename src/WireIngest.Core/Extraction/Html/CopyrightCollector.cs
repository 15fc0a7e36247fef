using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds copyright lines as shown (<c>© Thomson Reuters 2024.</c>, <c>©2024 GPlusMedia Inc.</c>): the agency's line in the
/// story and the site's footer line, in page order; picture credits inside figures are not copyright lines.
/// </summary>
internal static partial class CopyrightCollector
{
    internal const int MaxLines = 4;
    private const int MaxLineLength = 250;

    // The picture name pattern spelled out as words, asked of every element of the body.
    internal static readonly NameWords PictureCreditNames = new(PictureNames(), ["caption", "credit", "photo", "image", "picture", "bild"]);

    /// <summary>The copyright lines under <paramref name="root"/>, in page order.</summary>
    public static List<string> Collect(IElement root) => Collect(root, PageElements.Collect(root.Owner!, root, PageQueries.None).CopyrightMarks);

    /// <summary>
    /// The copyright lines around <paramref name="marked"/> (<see cref="PageElements.CopyrightMarks"/>: the elements
    /// holding a text with a mark, in page order, as the page walk found them), at most <see cref="MaxLines"/> or so.
    /// </summary>
    public static List<string> Collect(IElement body, IReadOnlyList<IElement> marked)
    {
        // As a walk down the body that stops entering elements once it has MaxLines lines would: after that, only the
        // texts of the elements it is still inside (the last line's element and its ancestors) are read.
        var lines = new List<string>();
        IElement? lastOpen = null;
        foreach (IElement element in marked)
        {
            if (lastOpen is not null && !IsAncestorOrSelf(element, lastOpen))
            {
                continue;
            }

            // Picture-credit names are asked only of the ancestors of a text holding a mark, not of every element.
            if (!InPictureCredit(body, element))
            {
                AddLine(element, lines);
            }

            lastOpen ??= lines.Count >= MaxLines ? element : null;
        }

        return lines;
    }

    private static bool IsAncestorOrSelf(IElement ancestor, IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
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

    internal static void AddLine(IElement element, List<string> lines)
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
