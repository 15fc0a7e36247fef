using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds the byline as shown: an author/byline element near the story (its name elements when it has them,
/// else its text without the dates and read times glued to it); JSON-LD or meta authors only when the page shows none.
/// </summary>
internal static partial class BylineLocator
{
    private const string Selector =
        "[rel=author], [itemprop=author], [class*=byline], [class*=Byline], [id*=byline], [class*=author], [class*=Author], [class*=writer], [class*=reporter], [data-testid*=byline], address";

    public static string? Find(IDocument document, PageMetadata metadata, IReadOnlyList<IElement> content)
    {
        IElement? scope = ArticleScope(content);
        string? best = null;
        int bestScore = int.MinValue;
        int order = 0;
        foreach (IElement candidate in document.QuerySelectorAll(Selector))
        {
            order++;
            if (HtmlRules.IsHidden(candidate) || InsideExcludedRegion(candidate) || HasCandidateAncestor(candidate))
            {
                continue;
            }

            string? text = BylineText(candidate);
            if (text is null)
            {
                continue;
            }

            int score = 0;
            if (ByPrefix().IsMatch(text))
            {
                score += 3;
            }

            if (scope is not null && scope.Contains(candidate))
            {
                score += 3;
            }

            if (metadata.JsonLdPersonAuthors.Exists(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                score += 4;
            }

            if (HtmlRules.NamesOf(candidate).Contains("byline", StringComparison.OrdinalIgnoreCase))
            {
                score += 1;
            }

            score -= order / 20;
            if (score > bestScore)
            {
                bestScore = score;
                best = text;
            }
        }

        if (best is not null)
        {
            return best;
        }

        if (metadata.JsonLdPersonAuthors.Count > 0)
        {
            return JoinNames(metadata.JsonLdPersonAuthors);
        }

        return metadata.MetaAuthor;
    }

    private static IElement? ArticleScope(IReadOnlyList<IElement> content)
    {
        if (content.Count == 0)
        {
            return null;
        }

        IElement? scope = content[0];
        for (int i = 0; i < 4 && scope?.ParentElement is { } parent && parent.LocalName != "body"; i++)
        {
            scope = parent;
            if (parent.LocalName is "article" or "main")
            {
                break;
            }
        }

        return scope;
    }

    private static bool HasCandidateAncestor(IElement candidate)
    {
        // The outermost author element is judged; its name children are read from it.
        for (IElement? a = candidate.ParentElement; a is not null; a = a.ParentElement)
        {
            if (a.GetAttribute("itemprop") == "author" || HtmlRules.NamesOf(a).Contains("byline", StringComparison.OrdinalIgnoreCase))
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
            if (a.LocalName is "figure" or "figcaption" or "footer" or "aside" or "nav" || (a != element && a.LocalName == "li"))
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

    private static string? BylineText(IElement candidate)
    {
        string full = HtmlText.Of(candidate);
        if (full.Length is < 3 or > 200)
        {
            return null;
        }

        var names = new List<string>();
        foreach (IElement n in candidate.QuerySelectorAll("[itemprop=name], [rel=author], a[href*='/author'], a[href*='/autor'], a[href*='/people/'], a[href*='/profile'], a[href*='/staff/'], a[href*='/journalist']"))
        {
            string name = HtmlText.Of(n);
            if (name.Length is >= 3 and <= 60 && !names.Exists(x => x.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(x, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(name);
            }
        }

        string cut = Cut(full);
        if (names.Count > 0 && (cut.Length > 80 || !names.TrueForAll(n => cut.Contains(n, StringComparison.Ordinal))))
        {
            return JoinNames(names);
        }

        if (cut.Length is < 3 or > 120 || !cut.Any(char.IsLetter))
        {
            return null;
        }

        return cut;
    }

    // Dates, read times, job titles after a separator: the byline ends before them.
    private static string Cut(string text)
    {
        Match m = Tail().Match(text);
        string cut = m.Success && m.Index > 2 ? text[..m.Index] : text;
        return cut.Trim().TrimEnd(',', '|', '-', '–', '—', '·', '•', ':').Trim();
    }

    private static string JoinNames(List<string> names) =>
        names.Count <= 2 ? "By " + string.Join(" and ", names) : "By " + string.Join(", ", names[..^1]) + " and " + names[^1];

    [GeneratedRegex(@"^(by|von|par|por|door|di|de)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s[|•·]\s|\s[-–—]\s(?=\d)|\b(updated|published|posted|last updated|aktualisiert|veröffentlicht|\d+\s*min(ute)?s?\s+read|\d{1,2}:\d{2})\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?<=[a-z])(?=\d+\s*min)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"comment|related|recommend|sidebar|teaser|promo|more-?stories|trending|popular|newsletter|footer|card|author-?bio|bio-?box|about-?the-?author",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRegion();
}
