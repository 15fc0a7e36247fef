using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads the page's own comment counter ("10 Comments", "Comments (3)", <c>itemprop=commentCount</c>).</summary>
internal static partial class CommentCounter
{
    internal static readonly ISelector Counted = ParsedSelectors.Parse("[itemprop=commentCount]");

    public static int? Find(TextStatistics stats, PageMetadata metadata)
    {
        if (stats.Elements.InBody(Counted) is [var counted, ..]
            && int.TryParse((counted.GetAttribute("content") ?? HtmlText.Of(counted)).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        // The counter is a short text holding a number: the page walk kept those few, in document order.
        IReadOnlyList<IElement> numbered = stats.ShortNumberedTexts;
        for (int i = 0; i < numbered.Count; i++)
        {
            IElement element = numbered[i];
            if (!IsCandidate(element.LocalName) || stats.TextLength(element) < 2)
            {
                continue;
            }

            Match m = Counter().Match(HtmlText.Of(element));
            if (m.Success && int.TryParse((m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out int count))
            {
                return count;
            }
        }

        return metadata.CommentCount;
    }

    // Links, labels, headings and list entries: the elements sites show their counter in.
    private static bool IsCandidate(string tag) => tag is "a" or "span" or "div" or "h2" or "h3" or "h4" or "button" or "p" or "strong" or "b" or "li";

    [GeneratedRegex(@"^(?:(?<a>\d[\d,]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses|replies)|(?:comments?|kommentare?|commentaires?|comentarios?)\s*[(\[]?\s*(?<b>\d[\d,]*)\s*[)\]]?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();
}
