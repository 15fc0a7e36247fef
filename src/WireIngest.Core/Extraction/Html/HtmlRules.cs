using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Markup conventions shared by the HTML rules: which tags carry no text, which are blocks, and which
/// class/id/role names mark page chrome (navigation, sharing, related links, comments, ads) or article content.
/// </summary>
internal static partial class HtmlRules
{
    private static readonly ISelector Named = ParsedSelectors.Parse("[class], [id], [itemprop]");

    /// <summary>The article element (a type selector: any case, any namespace), for <c>Closest</c> and <c>First</c>.</summary>
    internal static readonly ISelector ArticleElement = ParsedSelectors.Parse("article");

    private const int MaxClassOnlyNames = 4096;

    private const string MeteredMark = "paywall";

    /// <summary>HTML's space characters, which separate the tokens of a class attribute (as AngleSharp's <c>SplitSpaces</c>).</summary>
    internal const string SpaceCharacters = " \t\n\r\f";

    /// <summary>Whether <paramref name="token"/> is one of the space-separated tokens of <paramref name="list"/> (CSS's <c>~=</c>).</summary>
    internal static bool HasToken(ReadOnlySpan<char> list, string token, StringComparison comparison)
    {
        while (list.Length > 0)
        {
            int end = list.IndexOfAny(SpaceCharacters);
            if ((end < 0 ? list : list[..end]).Equals(token, comparison))
            {
                return true;
            }

            list = end < 0 ? [] : list[(end + 1)..];
        }

        return false;
    }

    [ThreadStatic]
    private static GenerationalCache<string, string>? classOnlyNames;

    public static bool IsInvisibleTag(string tag) => tag is "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe"
        or "object" or "embed" or "canvas" or "select" or "option" or "button" or "input" or "textarea" or "head" or "title" or "link" or "meta"
        or "video" or "audio" or "map" or "dialog";

    public static bool IsBlockTag(string tag) => tag is "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav"
        or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption"
        or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "figcaption" or "form" or "fieldset"
        or "address" or "center" or "hr" or "details" or "summary" or "body" or "html" or "hgroup" or "picture";

    /// <summary>Elements hidden from readers by attribute or inline style.</summary>
    // Asked of every element a text is built from: one pass over the attributes, not two by-name lookups that each
    // lower-case the name first. The parser lower-cases HTML attribute names and drops duplicates.
    public static bool IsHidden(IElement element)
    {
        INamedNodeMap attributes = element.Attributes;
        string? style = null;
        for (int i = 0; i < attributes.Length; i++)
        {
            IAttr attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                case "class" when HasHiddenClass(attribute.Value):
                    return true;
                case "style":
                    style ??= attribute.Value;
                    break;
            }
        }

        return style is not null && HiddenStyle().IsMatch(style);
    }

    // The utility class that hides a box until a script shows it (Bootstrap 3's and many sites' "hidden": Postmedia's
    // subscriber pitch). Tailwind writes "hidden md:block" for a box hidden on phones only: a class with a breakpoint
    // variant is not read as hidden.
    private static bool HasHiddenClass(string classes) =>
        classes.Contains("hidden", StringComparison.Ordinal) && !classes.Contains(':') && HasToken(classes, "hidden", StringComparison.Ordinal);

    /// <summary>Class, id, role and itemprop of an element, joined for the name patterns.</summary>
    // Runs for most elements, several times per page: one pass over the attributes (NameAttributes), not four lookups.
    public static string NamesOf(IElement element) => NamesOf(NameAttributes.Of(element));

    /// <summary>The names of an element whose attributes <paramref name="attributes"/> were read: as <see cref="NamesOf(IElement)"/>.</summary>
    public static string NamesOf(NameAttributes attributes)
    {
        (string? cls, string? id, string? role, string? itemprop) = attributes;
        if (cls is null && id is null && role is null && itemprop is null)
        {
            return string.Empty;
        }

        if (id is null && role is null && itemprop is null)
        {
            return ClassOnlyNames(cls!);
        }

        return string.Concat(cls, " ", id, " ", role, " ", itemprop);
    }

    // Most named elements carry only a class, and the same few classes repeat on a page: their joined names are made
    // once per thread instead of once per call (the same text as the general join, whose empty parts leave three spaces).
    private static string ClassOnlyNames(string cls)
    {
        GenerationalCache<string, string> cache = classOnlyNames ??= new GenerationalCache<string, string>(MaxClassOnlyNames, StringComparer.Ordinal);
        if (cache.TryGetValue(cls, out string? names))
        {
            return names;
        }

        names = string.Concat(cls, "   ");
        cache.Add(cls, names); // Bounded: hostile pages with endless distinct classes cannot grow it without limit.
        return names;
    }

    /// <summary>Whether the element is page chrome by its tag or its names, never to be read as story text.</summary>
    public static bool IsChrome(IElement element) => IsChrome(element, NameAttributes.Of(element));

    // The names are joined only when the chrome words match: most elements are settled by the words alone.
    private static bool IsChrome(IElement element, NameAttributes attributes)
    {
        if (element.LocalName is "nav" or "aside" or "footer" or "menu" or "form" && !IsContentName(NamesOf(attributes)))
        {
            return true;
        }

        if (attributes.IsEmpty)
        {
            return false;
        }

        // GetAttribute("role") finds an attribute exactly when the one-pass read found one: ask it only then.
        if (attributes.Role is not null
            && element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "menu" or "menubar" or "search" or "dialog" or "contentinfo")
        {
            return true;
        }

        if (element.LocalName == "p" && attributes.Class is { } cls && WithoutMeteredMark(cls) is var rest && !ReferenceEquals(rest, cls))
        {
            attributes = attributes with { Class = rest };
        }

        if (!ChromeWords.IsMatch(attributes))
        {
            return false;
        }

        string names = NamesOf(attributes);
        return !IsContentName(names) && !IsStoryOverlay(element, names);
    }

    // Metered sites print the story's paragraphs past the free ones in full, each marked <p class="paywall"> for the
    // script that withholds them (Condé Nast's New Yorker and Wired, Future's TechRadar): story text, not a paywall
    // prompt, which is a box of its own. The class without that one token, or the class itself when it has none.
    private static string? WithoutMeteredMark(string cls)
    {
        if (!cls.Contains(MeteredMark, StringComparison.OrdinalIgnoreCase))
        {
            return cls;
        }

        string[] tokens = cls.Split(SpaceCharacters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        string[] rest = Array.FindAll(tokens, t => !t.Equals(MeteredMark, StringComparison.OrdinalIgnoreCase));
        return rest.Length == tokens.Length ? cls : rest.Length == 0 ? null : string.Join(' ', rest);
    }

    /// <summary>
    /// Whether a modal or overlay holds an article element: single-page sites open the story in one over the stream the
    /// reader came from, while popups (newsletter, consent, login) hold no article.
    /// </summary>
    public static bool IsStoryOverlay(IElement element, string names) =>
        NameMatches.IsMatch(OverlayName(), names) && element.First(ArticleElement) is not null;

    /// <summary>
    /// Whether the locator should pass over the element while looking for the story: chrome, unless its names also
    /// say it may hold content (layout wrappers such as <c>main_color sidebar_right</c>), as Readability does.
    /// </summary>
    public static bool IsUnlikelyCandidate(IElement element)
    {
        if (element.LocalName is "nav" or "aside" or "footer" or "menu")
        {
            return true;
        }

        NameAttributes attributes = NameAttributes.Of(element);
        return !attributes.IsEmpty && IsChrome(element, attributes) && !NameMatches.IsMatch(MaybeCandidate(), NamesOf(attributes));
    }

    /// <summary>Whether the element is a reader-comment section by its names.</summary>
    public static bool IsCommentSection(IElement element)
    {
        string names = NamesOf(element);
        return names.Length > 0 && NameMatches.IsMatch(CommentName(), names);
    }

    /// <summary>
    /// Whether the element sits in a region that shows other stories or page furniture (related links, teasers,
    /// sidebars, comments, menus, modals): its headings, bylines and pictures are not the story's.
    /// </summary>
    public static bool IsOutsideStory(IElement element, TextStatistics stats) => IsInsideNamedRegion(element, stats, OutsideStoryName(), withAsides: true);

    /// <summary>
    /// Whether an ancestor's names match <paramref name="regionNames"/> (or it is <c>nav</c>, and with
    /// <paramref name="withAsides"/> <c>aside</c>/<c>footer</c>; <c>nav</c> only with <paramref name="withNav"/>). Regions holding much of the page's text are layout
    /// wrappers (<c>sidebar-layout</c>), not furniture, and do not count.
    /// </summary>
    public static bool IsInsideNamedRegion(IElement element, TextStatistics stats, Regex regionNames, bool withAsides, bool withNav = true)
    {
        int large = stats.TotalLength * 2 / 5;
        for (IElement? a = element; a is not null && a.LocalName != "body"; a = a.ParentElement)
        {
            if (NamedRegions.IsRegion(a, stats, regionNames, withAsides, withNav, large))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="IsOutsideStory"/> for many elements of one page, each ancestor asked once.</summary>
    public static NamedRegions OutsideStoryRegions(TextStatistics stats) => new(stats, OutsideStoryName(), withAsides: true);

    public static bool IsContentName(string names) => names.Length > 0 && NameMatches.IsMatch(ContentName(), names);

    /// <summary>Whether a descendant is named as the story's body (<c>article__content</c>, <c>articleBody</c>): its wrapper is layout.</summary>
    public static bool HoldsStoryBody(IElement element)
    {
        foreach (IElement inner in element.All(Named))
        {
            if (IsContentName(NamesOf(inner)) && !IsChrome(inner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Readability-style class weight: +25 for article-ish names, -25 for chrome-ish ones.</summary>
    public static int ClassWeight(IElement element)
    {
        string names = NamesOf(element);
        if (names.Length == 0)
        {
            return 0;
        }

        int weight = 0;
        if (NameMatches.IsMatch(NegativeName(), names))
        {
            weight -= 25;
        }

        if (NameMatches.IsMatch(PositiveName(), names))
        {
            weight += 25;
        }

        if (names.Contains("articleBody", StringComparison.Ordinal))
        {
            weight += 50;
        }

        return weight;
    }

    [GeneratedRegex(@"comment|related|recommend|sidebar|teaser|promo|more-?stories|trending|popular|most-?read|newsletter|site-?header|site-?footer|(^|\s)nav|menu|modal|popup|breadcrumb|advert|sponsor|outbrain|taboola",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutsideStoryName();

    [GeneratedRegex(@"modal|overlay|popup|lightbox", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlayName();

    [GeneratedRegex(@"comment|disqus|replies|respond", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentName();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    // Hidden, or clipped to nothing: the "visually hidden" pattern of screen-reader-only text (", opens new tab" in a
    // Reuters link), a clip of zero or one-pixel sides or a clip path inset by half or more.
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|clip\s*:\s*rect\(\s*[01](?:px)?(?:\s*,?\s*[01](?:px)?){3}\s*\)|clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Names of blocks that are never story text; matched against class, id, role and itemprop together.
    /// <summary><see cref="ChromeName"/> as literal words, asked of most elements of every page without the regex.</summary>
    internal static readonly NameWords ChromeWords = new(
        ChromeName(),
        anywhere:
        [
            "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "promo",
            "advert", "adslot", "ad-slot", "dfp", "sponsor", "sidebar", "breadcrumb", "popup", "modal", "cookie", "consent", "gdpr", "login",
            "paywall", "outbrain", "taboola", "trending", "most-popular", "mostpopular", "more-stories", "morestories", "read-more", "readmore",
            "also-read", "alsoread", "next-article", "nextarticle", "prev-article", "prevarticle", "pagination", "pager", "toolbar", "masthead",
            "site-header", "siteheader", "site-footer", "sitefooter", "footer", "navbar", "menu", "skip-link", "skiplink", "tag-list", "taglist",
            "keywords", "byline", "author", "dateline", "timestamp", "caption", "credit", "print-only", "printonly", "visually-hidden",
            "visuallyhidden", "sr-only", "screen-reader", "screenreader", "rating", "vote", "reaction", "follow", "teaser", "topics", "jump",
            "banner", "overlay", "lightbox", "slideshow-nav", "slideshownav", "video-player", "videoplayer", "copyright", "disclaimer", "legal",
            "contact", "video-js", "videojs", "vjs-", "jwplayer", "mejs-", "gallery",
        ],
        atNameStart: ["nav"],
        atNameEnd: ["tag", "tags"],
        apart: ["ad", "ads", "cta"]);

    [GeneratedRegex(@"comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|advert|(^|[\s_-])(?:ads?|cta)($|[\s_-])|adslot|ad-slot|dfp|sponsor|sidebar|breadcrumb|popup|modal|cookie|consent|gdpr|login|paywall|outbrain|taboola|trending|most-?popular|more-?stories|read-?more|readmore|also-?read|next-?article|prev-?article|pagination|pager|toolbar|masthead|site-?header|site-?footer|footer|(^|\s)nav|navbar|menu|skip-?link|tags?($|\s)|tag-?list|keywords|byline|author|dateline|timestamp|caption|credit|print-?only|visually-?hidden|sr-only|screen-?reader|rating|vote|reaction|follow|teaser|topics|jump|banner|overlay|lightbox|slideshow-?nav|video-?player|copyright|disclaimer|legal|contact|video-?js|vjs-|jwplayer|mejs-|gallery",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"articleBody|article[-_]{0,2}body|article[-_]{0,2}content|story[-_]{0,2}body|story[-_]{0,2}content|post[-_]{0,2}content|entry[-_]{0,2}content|post[-_]{0,2}body|main[-_]{0,2}content|body[-_]{0,2}text|article[-_]{0,2}text|story[-_]{0,2}text|content[-_]{0,2}body",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentName();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|newsletter|subscribe|ad-|advert|teaser|recommend|trending|popular",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeName();
}
