using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Picks the headline: the visible heading that metadata confirms, else the visible heading nearest the story,
/// else metadata (JSON-LD headline, Open Graph title, the document title without the site's suffix).
/// </summary>
internal static class HeadlineLocator
{
    public static string? Find(IDocument document, PageMetadata metadata, IReadOnlyList<IElement> content)
    {
        string? fromTitle = TitleWithoutSite(metadata.Title, metadata);
        string?[] claimed = [metadata.JsonLdHeadline, metadata.OgTitle, fromTitle, metadata.Title];

        var headings = new List<string>();
        foreach (IElement h in document.QuerySelectorAll("h1, h2, [itemprop=headline], [class*=headline], [class*=title]"))
        {
            if (h.LocalName is "title" or "meta" || HtmlRules.IsHidden(h))
            {
                continue;
            }

            string text = HtmlText.Of(h);
            if (text.Length is < 3 or > 300)
            {
                continue;
            }

            foreach (string? claim in claimed)
            {
                if (claim is not null && Same(text, claim))
                {
                    return text;
                }
            }

            if (h.LocalName == "h1")
            {
                headings.Add(text);
            }
        }

        // Metadata often carries a longer or shorter variant: a visible h1 that one of them begins with still wins.
        foreach (string text in headings)
        {
            foreach (string? claim in claimed)
            {
                if (claim is not null && text.Length >= 15 && (claim.StartsWith(text, StringComparison.OrdinalIgnoreCase) || text.StartsWith(claim, StringComparison.OrdinalIgnoreCase)))
                {
                    return text;
                }
            }
        }

        string? nearest = NearestH1(content, metadata);
        if (nearest is not null)
        {
            return nearest;
        }

        return metadata.JsonLdHeadline ?? metadata.OgTitle ?? fromTitle ?? (headings.Count > 0 ? headings[0] : null);
    }

    // The last h1 before the story text, or the first inside it, when it is not the site's name.
    private static string? NearestH1(IReadOnlyList<IElement> content, PageMetadata metadata)
    {
        if (content.Count == 0)
        {
            return null;
        }

        IElement first = content[0];
        for (IElement? scope = first; scope is not null; scope = scope.ParentElement)
        {
            IElement? h1 = scope.QuerySelector("h1");
            if (h1 is null)
            {
                continue;
            }

            string text = HtmlText.Of(h1);
            if (text.Length >= 3 && !Same(text, metadata.SiteName ?? string.Empty))
            {
                return text;
            }

            return null;
        }

        return null;
    }

    public static string? TitleWithoutSite(string? title, PageMetadata metadata)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        foreach (string separator in (string[])[" | ", " - ", " – ", " — ", " :: ", " » "])
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                string suffix = title[(at + separator.Length)..];
                if (metadata.SiteName is null || Same(suffix, metadata.SiteName) || suffix.Length < title.Length / 3)
                {
                    return TitleWithoutSite(title[..at], metadata) ?? title[..at];
                }
            }
        }

        return title;
    }

    /// <summary>The site's name from the title's suffix (<c>Headline | Site</c>), or <c>null</c>.</summary>
    public static string? SiteFromTitle(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        foreach (string separator in (string[])[" | ", " - ", " – ", " — "])
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                string suffix = title[(at + separator.Length)..].Trim();
                if (suffix.Length > 1 && suffix.Length < 40 && suffix.Length < title.Length / 2)
                {
                    return suffix;
                }
            }
        }

        return null;
    }

    public static bool Same(string a, string b) =>
        string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string s) => s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Trim();
}
