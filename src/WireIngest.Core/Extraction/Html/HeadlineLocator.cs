using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Picks the headline: the visible heading that metadata confirms, else the visible heading nearest the story,
/// else metadata (JSON-LD headline, Open Graph title, the document title without the site's suffix).
/// </summary>
internal static partial class HeadlineLocator
{
    private static readonly ISelector Breadcrumb = ParsedSelectors.Parse("[class*=breadcrumb], [class*=Breadcrumb], [itemtype*=BreadcrumbList]");

    internal static readonly ISelector Headings = ParsedSelectors.Parse("h1");

    private static readonly ISelector StoryHeaderH2 = ParsedSelectors.Parse("article header h2");

    private static readonly ISelector HeaderElement = ParsedSelectors.Parse("header");

    internal static readonly ISelector HeadingLike = ParsedSelectors.Parse("h2, [itemprop=headline], [class*=headline], [class*=title]");

    public static string? Find(IDocument document, PageMetadata metadata, IReadOnlyList<IElement> content, TextStatistics stats)
    {
        string? fromTitle = TitleWithoutSite(metadata.Title, metadata);
        string?[] claims = [metadata.JsonLdHeadline, metadata.OgTitle, fromTitle, metadata.Title];

        // h1 elements first: a matching h1 beats a matching teaser or share-box title elsewhere.
        var read = new HeadingReads(stats);
        var headings = new List<string>();
        string? kickerCut = null;
        IEnumerable<IElement> shown = stats.Elements.InDocument(Headings).Concat(stats.Elements.InDocument(HeadingLike));
        foreach (IElement h in shown)
        {
            if (h.LocalName is "title" or "meta" || HtmlRules.IsHidden(h) || read.IsOutsideStory(h))
            {
                continue;
            }

            string text = read.Text(h);
            kickerCut ??= KickerCut(h, text, claims);
            if (text.Length is >= 3 and <= 300 && !headings.Contains(text) && !Same(text, metadata.SiteName ?? string.Empty))
            {
                headings.Add(text);
            }
        }

        // A heading that marks its leading words as a kicker shows which part of a metadata headline is the kicker, even
        // where another element (a breadcrumb h1) shows the whole line unmarked.
        if (kickerCut is not null)
        {
            return kickerCut;
        }

        // Two metadata sources agreeing on a headline the page also shows (as a heading, or as a kicker and a heading
        // side by side) are the headline, even when the nearest visible heading shows a shorter or restyled variant.
        string? agreed = Agreed(metadata.JsonLdHeadline, metadata.OgTitle, fromTitle);
        if (agreed is not null && ShownAs(agreed, stats, read) is { } agreedAsShown)
        {
            return agreedAsShown;
        }

        // The story's h1 reading the agreed headline with one small edit ("a sprint" / "an intense sprint") shows the
        // same headline restyled; a kicker or suffix added at either end is not such an edit.
        IElement? nearestH1 = NearestH1(content, metadata, stats, read);
        if (agreed is not null && nearestH1 is not null && IsSmallEdit(Words(read.Text(nearestH1)), Words(agreed)))
        {
            return agreed;
        }

        // A live page's heading reads the ticker's latest entry and changes with it; the headline two metadata sources
        // agree on names the page itself.
        if (agreed is not null && nearestH1 is not null && (metadata.IsLiveBlog || IsFlaggedLive(nearestH1)))
        {
            return agreed;
        }

        // Metadata confirmed by the visible page: the same text shown as a heading.
        foreach (string heading in headings)
        {
            if (Array.Exists(claims, c => c is not null && Same(heading, c)))
            {
                return heading;
            }
        }

        // A heading that shows a kicker before the headline ("Covid-19: …") still confirms the headline itself.
        foreach (string? claim in claims)
        {
            if (claim is { Length: >= 15 } && headings.Exists(h => h.Length < claim.Length + 80 && h.EndsWith(claim, StringComparison.OrdinalIgnoreCase)))
            {
                return claim;
            }
        }

        // Metadata often carries a longer variant: a visible heading that one of them begins with still wins.
        foreach (string text in headings)
        {
            foreach (string? claim in claims)
            {
                if (claim is not null && text.Length >= 15 && claim.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }
        }

        if (nearestH1 is not null)
        {
            return read.Text(nearestH1);
        }

        // No story h1 (the page's h1 is its logo): the heading in the story's own header is the visible candidate.
        return StoryHeaderHeading(document, content, stats) ?? metadata.JsonLdHeadline ?? metadata.OgTitle ?? fromTitle;
    }

    private static string? Agreed(params string?[] claims)
    {
        for (int i = 0; i < claims.Length; i++)
        {
            for (int j = i + 1; j < claims.Length; j++)
            {
                if (claims[i] is { Length: >= 10 } claim && claims[j] is { } other && Same(claim, other))
                {
                    return claim;
                }
            }
        }

        return null;
    }

    // How the story's h1 shows the headline: its own text when it reads the same words (its punctuation may differ),
    // else the headline when the h1 with the short element before it (a kicker) reads them; null when not shown.
    // Teaser h1s outside the story do not count; the current page's h1 in a breadcrumb does: it names this page.
    private static string? ShownAs(string headline, TextStatistics stats, HeadingReads read)
    {
        string words = Words(headline);
        foreach (IElement h1 in stats.Elements.InDocument(Headings))
        {
            if (HtmlRules.IsHidden(h1) || (read.IsOutsideStory(h1) && h1.Closest(Breadcrumb) is null))
            {
                continue;
            }

            string text = read.Text(h1);
            if (Words(text) == words)
            {
                return text;
            }

            string kicker = h1.PreviousElementSibling is { } before && HtmlText.Of(before) is { Length: <= 120 } shown ? shown + " " : string.Empty;
            if (kicker.Length > 0 && Words(kicker + text).Contains(words, StringComparison.Ordinal))
            {
                return headline;
            }
        }

        return null;
    }

    // The text after the kicker of a heading that marks one, when the whole heading reads one of the claims. Only a
    // heading with a child element can have had a kicker cut by HeadingText.
    private static string? KickerCut(IElement heading, string headline, string?[] claims) =>
        heading.FirstElementChild is not null && HtmlText.Of(heading) is var whole && headline.Length < whole.Length
        && Array.Exists(claims, c => c is not null && Words(c) == Words(whole)) ? headline : null;

    // A short badge reading "Live" (or "Liveticker", "Live blog") just before the heading or before the block holding it.
    private static bool IsFlaggedLive(IElement heading)
    {
        IElement? level = heading;
        for (int depth = 0; depth < 3 && level is not null; depth++, level = level.ParentElement)
        {
            for (IElement? before = level.PreviousElementSibling; before is not null; before = before.PreviousElementSibling)
            {
                if (HtmlText.Of(before) is { Length: > 0 and <= 20 } badge && LiveBadge().IsMatch(badge))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\W*(live|live[- ]?ticker|live[- ]?blog|live updates?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiveBadge();

    // The first h2 of the header of the article element holding the story text (article > header > h2), before the text.
    private static string? StoryHeaderHeading(IDocument document, IReadOnlyList<IElement> content, TextStatistics stats)
    {
        if (content.Count == 0)
        {
            return null;
        }

        foreach (IElement h2 in document.All(StoryHeaderH2))
        {
            if (h2.Closest(HeaderElement) is { } header && header.Closest(HtmlRules.ArticleElement) is { } article
                && article.Contains(content[0]) && !header.Contains(content[0])
                && !HtmlRules.IsHidden(h2) && !HtmlRules.IsOutsideStory(h2, stats)
                && h2.CompareDocumentPosition(content[0]).HasFlag(DocumentPositions.Following)
                && HtmlText.Of(h2) is { Length: >= 10 and <= 300 } text)
            {
                return text;
            }
        }

        return null;
    }

    // One differing run of at most two words on each side, inside the headline or replacing words at an end.
    private static bool IsSmallEdit(string shownWords, string claimWords)
    {
        string[] a = shownWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] b = claimWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (a.Length < 5 || b.Length < 5 || a.SequenceEqual(b))
        {
            return false;
        }

        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        int onlyShown = a.Length - prefix - suffix;
        int onlyClaimed = b.Length - prefix - suffix;
        bool insertion = onlyShown == 0 || onlyClaimed == 0;
        return onlyShown <= 2 && onlyClaimed <= 2 && (!insertion || (prefix > 0 && suffix > 0));
    }

    // A kicker marked up inside the heading ("<h1><span class=overline>Topic</span>Headline</h1>") is not the headline.
    private static string HeadingText(IElement heading)
    {
        if (heading.FirstElementChild is { } first && first.LocalName is "span" or "small" or "em" or "strong" or "div" or "p"
            && Kicker().IsMatch(HtmlRules.NamesOf(first)) && heading.TextContent.TrimStart().StartsWith(first.TextContent.Trim(), StringComparison.Ordinal))
        {
            string kicker = HtmlText.Of(first);
            string text = HtmlText.Of(heading);
            if (kicker.Length > 0 && text.Length > kicker.Length + 10 && text.StartsWith(kicker, StringComparison.Ordinal))
            {
                return text[kicker.Length..].TrimStart(' ', ':', '-', '–', '—', '|').Trim();
            }
        }

        return HtmlText.Of(heading);
    }

    [GeneratedRegex(@"kicker|overline|over-line|dachzeile|eyebrow|topline|roofline|supertitle|super-title|pretitle|pre-title|rubric|flag",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();

    private static string Words(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append(' ');
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.Append(builder[^1] == ' ' ? string.Empty : " ").ToString();
    }

    // The h1 sharing the deepest ancestor with the story text, when it is not the site's name.
    private static IElement? NearestH1(IReadOnlyList<IElement> content, PageMetadata metadata, TextStatistics stats, HeadingReads read)
    {
        if (content.Count == 0)
        {
            return null;
        }

        var chain = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        int level = 0;
        for (IElement? a = content[0]; a is not null; a = a.ParentElement)
        {
            chain[a] = level++;
        }

        IElement? best = null;
        int bestLevel = int.MaxValue;
        foreach (IElement h1 in stats.Elements.InDocument(Headings))
        {
            if (HtmlRules.IsHidden(h1) || read.IsOutsideStory(h1))
            {
                continue;
            }

            string text = read.Text(h1);
            if (text.Length < 3 || Same(text, metadata.SiteName ?? string.Empty))
            {
                continue;
            }

            IElement? common = h1;
            while (common is not null && !chain.ContainsKey(common))
            {
                common = common.ParentElement;
            }

            if (common is not null && chain[common] < bestLevel)
            {
                bestLevel = chain[common];
                best = h1;
            }
        }

        return best;
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

    // The page's h1s are judged by the heading loop, ShownAs and NearestH1 in turn: each one's place and text are read once.
    private sealed class HeadingReads(TextStatistics stats)
    {
        private readonly NamedRegions outside = HtmlRules.OutsideStoryRegions(stats);
        private readonly Dictionary<IElement, string> texts = new(ReferenceEqualityComparer.Instance);

        /// <summary>As <see cref="HtmlRules.IsOutsideStory"/>.</summary>
        public bool IsOutsideStory(IElement heading) => outside.Contains(heading);

        /// <summary>As <see cref="HeadingText"/>.</summary>
        public string Text(IElement heading)
        {
            if (!texts.TryGetValue(heading, out string? text))
            {
                text = HeadingText(heading);
                texts.Add(heading, text);
            }

            return text;
        }
    }
}
