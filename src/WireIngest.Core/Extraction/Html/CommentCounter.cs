using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads the page's own comment counter ("10 Comments", "Comments (3)", <c>itemprop=commentCount</c>).</summary>
internal static partial class CommentCounter
{
    internal static readonly ISelector Counted = ParsedSelectors.Parse("[itemprop=commentCount]");

    internal static readonly ISelector Candidates = ParsedSelectors.Parse("a, span, div, h2, h3, h4, button, p, strong, b, li");

    // What the counter's \d matches: every Unicode decimal digit.
    internal static readonly SearchValues<char> Digits = SearchValues.Create(UnicodeDigits());

    public static int? Find(IElement body, TextStatistics stats, PageMetadata metadata)
    {
        if (stats.Elements.InBody(Counted) is [var counted, ..]
            && int.TryParse((counted.GetAttribute("content") ?? HtmlText.Of(counted)).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        // By index: a foreach over the read-only list is a boxed enumerator with two interface calls per element.
        IReadOnlyList<IElement> candidates = stats.Elements.InBody(Candidates);
        for (int i = 0; i < candidates.Count; i++)
        {
            IElement element = candidates[i];
            int length = stats.TextLength(element);
            if (length is < 2 or > 24)
            {
                continue;
            }

            // The counter holds a number: texts without a digit (most menu entries and labels) are not built to be matched.
            if (HtmlText.CountOf(element, Digits) == 0)
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

    private static char[] UnicodeDigits()
    {
        var digits = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c))
            {
                digits.Add((char)c);
            }
        }

        return [.. digits];
    }

    [GeneratedRegex(@"^(?:(?<a>\d[\d,]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses|replies)|(?:comments?|kommentare?|commentaires?|comentarios?)\s*[(\[]?\s*(?<b>\d[\d,]*)\s*[)\]]?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();
}
