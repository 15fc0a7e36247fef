using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds the story's standfirst (the summary paragraph between headline and text, marked up as excerpt, dek,
/// subtitle or intro) when it sits in the article's header, outside the text the locator chose.
/// </summary>
internal static partial class StandfirstLocator
{
    internal static readonly ISelector Candidates = ParsedSelectors.Parse("p, h2, div, span");

    internal static readonly ISelector SubHeadings = ParsedSelectors.Parse("h1 + h2");

    public static string? Find(IReadOnlyList<IElement> content, TextStatistics stats, string? description)
    {
        if (content.Count == 0)
        {
            return null;
        }

        return Named(content[0], stats) ?? ShownDescription(content[0], description, stats);
    }

    private static string? Named(IElement first, TextStatistics stats)
    {
        IElement? scope = first.ParentElement;
        for (int i = 0; i < 5 && scope is not null && scope.LocalName is not ("article" or "main" or "body"); i++)
        {
            scope = scope.ParentElement;
        }

        if (scope is null || scope.LocalName == "body")
        {
            return null;
        }

        // Walked lazily: the loop stops at the story text, and the whole container's list was built for that prefix.
        foreach (IElement candidate in scope.InOrder(Candidates))
        {
            if ((first.CompareDocumentPosition(candidate) & DocumentPositions.Preceding) == 0 || candidate.Contains(first))
            {
                break; // Only what comes before the story text.
            }

            // Length first: most candidates are too short or too long, and their names need not be joined.
            int length = stats.TextLength(candidate);
            if (length is < 40 or > 600 || HtmlRules.NamesOf(candidate) is not { Length: > 0 } names || !NameMatches.IsMatch(StandfirstName(), names)
                || HtmlRules.IsHidden(candidate) || HtmlRules.IsOutsideStory(candidate, stats) || stats.LinkDensity(candidate) > 0.3)
            {
                continue;
            }

            return HtmlText.Of(candidate);
        }

        return null;
    }

    // The page's own summary (its meta description) shown as an unnamed subheading right under the h1: metadata and
    // the visible page agree, so it is the standfirst. A named subheading is judged by its names (Named), and summaries
    // shown elsewhere (teaser text, share boxes) are not standfirsts.
    private static string? ShownDescription(IElement first, string? description, TextStatistics stats)
    {
        if (description is not { Length: >= 40 })
        {
            return null;
        }

        int visible = description.Count(c => !char.IsWhiteSpace(c)); // TextStatistics counts no white space.
        foreach (IElement candidate in stats.Elements.InDocument(SubHeadings))
        {
            if ((first.CompareDocumentPosition(candidate) & DocumentPositions.Preceding) == 0)
            {
                break; // Only what comes before the story text.
            }

            int length = stats.TextLength(candidate);
            if (Math.Abs(length - visible) > 10 || HtmlRules.NamesOf(candidate).Length > 0 || HtmlRules.IsHidden(candidate) || HtmlRules.IsOutsideStory(candidate, stats))
            {
                continue;
            }

            string text = HtmlText.Of(candidate);
            if (HeadlineLocator.Same(text, description))
            {
                return text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"excerpt|standfirst|sub-?headline|subtitle|(^|[\s_-])dek($|[\s_-])|intro|article-?summary|article-?lead|lead-?text|lede",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstName();
}
