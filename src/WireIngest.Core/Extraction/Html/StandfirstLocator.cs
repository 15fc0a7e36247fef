using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds the story's standfirst (the summary paragraph between headline and text, marked up as excerpt, dek,
/// subtitle or intro) when it sits in the article's header, outside the text the locator chose.
/// </summary>
internal static partial class StandfirstLocator
{
    public static string? Find(IReadOnlyList<IElement> content, TextStatistics stats)
    {
        if (content.Count == 0)
        {
            return null;
        }

        IElement first = content[0];
        IElement? scope = first.ParentElement;
        for (int i = 0; i < 5 && scope is not null && scope.LocalName is not ("article" or "main" or "body"); i++)
        {
            scope = scope.ParentElement;
        }

        if (scope is null || scope.LocalName == "body")
        {
            return null;
        }

        foreach (IElement candidate in scope.QuerySelectorAll("p, h2, div, span"))
        {
            if ((first.CompareDocumentPosition(candidate) & DocumentPositions.Preceding) == 0 || candidate.Contains(first))
            {
                break; // Only what comes before the story text.
            }

            string names = HtmlRules.NamesOf(candidate);
            int length = stats.TextLength(candidate);
            if (names.Length == 0 || length is < 40 or > 600 || !NameMatches.IsMatch(StandfirstName(), names)
                || HtmlRules.IsHidden(candidate) || HtmlRules.IsOutsideStory(candidate, stats) || stats.LinkDensity(candidate) > 0.3)
            {
                continue;
            }

            return HtmlText.Of(candidate);
        }

        return null;
    }

    [GeneratedRegex(@"excerpt|standfirst|sub-?headline|subtitle|(^|[\s_-])dek($|[\s_-])|intro|article-?summary|article-?lead|lead-?text|lede",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstName();
}
