using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads meta tags, canonical link, document language and JSON-LD into <see cref="PageMetadata"/>.</summary>
internal static partial class PageMetadataReader
{
    // As GetElementsByTagName: a type selector matches the local name ignoring case in any namespace, as it does.
    // Gathered by the page's one walk (HtmlArticleExtractor.Queries): each GetElementsByTagName walked the whole page.
    internal static readonly ISelector MetaTags = ParsedSelectors.Parse("meta");

    internal static readonly ISelector Links = ParsedSelectors.Parse("link");

    internal static readonly ISelector Scripts = ParsedSelectors.Parse("script");

    /// <summary>schema.org microdata dating the story outside meta tags (<c>&lt;time itemprop="datePublished"&gt;</c>).</summary>
    internal static readonly ISelector DatePublished = ParsedSelectors.Parse("[itemprop=datePublished]");

    internal static readonly ISelector TimeElements = ParsedSelectors.Parse("time[datetime]");

    // Publication and modification keys of Open Graph, schema.org, Dublin Core, PRISM, Highwire (citation_), Parse.ly
    // and the CMS conventions (pubdate, publish-date, published), compared without separators (DateKeyOf).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublishedKeys = FrozenSet.Create(StringComparer.Ordinal,
        "articlepublishedtime", "articlepublished", "datepublished", "pubdate", "date", "dcdate", "dcdateissued", "dctermsissued",
        "dctermsdate", "prismpublicationdate", "citationpublicationdate", "publishdate", "published", "publisheddate", "publishedtime",
        "parselypubdate", "originalpublishdate").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedKeys = FrozenSet.Create(StringComparer.Ordinal,
        "articlemodifiedtime", "articlemodified", "datemodified", "ogupdatedtime", "dctermsmodified").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page's metadata, its meta, link and script elements taken from <paramref name="elements"/>.</summary>
    public static PageMetadata Read(IDocument document, PageElements elements)
    {
        var metadata = new PageMetadata
        {
            Title = HtmlText.Normalize(document.Title),
        };

        string? writtenBySlot = null;
        var twitterData = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IElement meta in elements.InDocument(MetaTags))
        {
            (string? key, string? raw) = KeyAndContent(meta);
            if (key is null || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            // The content is normalised only where it is read: most of a page's meta tags (viewport, robots, app ids) are not.
            switch (key.Trim().ToLowerInvariant())
            {
                case "og:title":
                    metadata.OgTitle ??= HtmlText.Normalize(raw);
                    break;
                case "og:description" or "description" or "twitter:description":
                    metadata.Description ??= HtmlText.Normalize(raw);
                    break;
                case "og:site_name":
                    metadata.SiteName ??= HtmlText.Normalize(raw);
                    break;
                case "author" or "article:author" or "og:article:author" or "byl" or "dc.creator" or "sailthru.author" or "parsely-author":
                    string author = HtmlText.Normalize(raw);
                    if (!author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        metadata.MetaAuthor ??= author;
                        AddMetaAuthor(metadata, author);
                    }

                    break;
                case "twitter:misc:written by":
                    AddMetaAuthor(metadata, HtmlText.Normalize(raw));
                    break;
                case "og:url":
                    metadata.CanonicalUrl ??= HtmlText.Normalize(raw);
                    break;
                case "og:locale":
                    metadata.Language ??= HtmlText.Normalize(raw).Replace('_', '-');
                    break;
                case "content-language":
                    metadata.Language ??= HtmlText.Normalize(raw).Split(',')[0].Trim();
                    break;
                case "og:image":
                    metadata.ImageUrl ??= HtmlText.Normalize(raw);
                    break;
                case var other when DateKeyOf(other) is var dateKey && dateKey != DateKey.None:
                    if (dateKey == DateKey.Published)
                    {
                        metadata.OfferPublished(HtmlText.Normalize(raw));
                    }
                    else
                    {
                        metadata.OfferModified(HtmlText.Normalize(raw));
                    }

                    break;
                default:
                    if (TwitterLabel(key) is { } slot && HtmlText.Normalize(raw).Equals("Written by", StringComparison.OrdinalIgnoreCase))
                    {
                        writtenBySlot = slot; // "twitter:label1 = Written by" names the author in "twitter:data1".
                    }
                    else if (TwitterData(key) is { } data)
                    {
                        twitterData[data] = HtmlText.Normalize(raw);
                    }

                    break;
            }
        }

        if (writtenBySlot is not null && twitterData.TryGetValue(writtenBySlot, out string? writer))
        {
            AddMetaAuthor(metadata, writer);
        }

        if (document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang)
        {
            metadata.Language = lang.Trim(); // The document's own declaration beats Open Graph's locale.
        }

        foreach (IElement link in elements.InDocument(Links))
        {
            if (string.Equals(link.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)
                && link.GetAttribute("href") is { Length: > 0 } href)
            {
                metadata.CanonicalUrl = href.Trim();
                break;
            }
        }

        foreach (IElement script in elements.InDocument(Scripts))
        {
            if (script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                JsonLdReader.Read(script.TextContent, metadata);
            }
        }

        // Where no meta tag or JSON-LD article dates the story: schema.org microdata, the JSON-LD page's own date, the first
        // time element of the page that is not in a related, teaser or comment region, then a date printed in a date box.
        metadata.Published ??= MicrodataPublished(elements) ?? metadata.PagePublished ?? FirstTimeOfStory(elements)
            ?? PrintedDate(document.Body, elements.Statistics);
        metadata.Modified ??= metadata.PageModified;
        return metadata;
    }

    private static DateTimeOffset? MicrodataPublished(PageElements elements)
    {
        foreach (IElement dated in elements.InBody(DatePublished))
        {
            string? value = dated.GetAttribute("datetime") ?? dated.GetAttribute("content");
            if (PageDates.Parse(value ?? HtmlText.Of(dated)) is { } published)
            {
                return published;
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstTimeOfStory(PageElements elements)
    {
        foreach (IElement time in elements.InBody(TimeElements))
        {
            if (PageDates.Parse(time.GetAttribute("datetime")) is { } published && !HtmlRules.IsOutsideStory(time, elements.Statistics))
            {
                return published;
            }
        }

        return null;
    }

    // Elements searched for a printed date: an undated page's header sits near its top.
    private const int MaxPrintedDateElements = 3000;

    /// <summary>
    /// A page that dates its story only in print: the first short box named for a date (<c>published-date</c>,
    /// <c>content__meta__date</c>, <c>date</c>) whose text is one (<c>December 12, 2016 7:00 AM</c>, <c>26.02.2020</c>,
    /// <c>8 January 2020, 3:51 pm</c>), outside related, teaser and comment regions. A month name or a dotted day-first date
    /// is required: a bare 02/10/2020 is read one way in New York and the other in London.
    /// </summary>
    private static DateTimeOffset? PrintedDate(IElement? body, TextStatistics stats)
    {
        if (body is null)
        {
            return null;
        }

        // Pre-order by sibling links: no iterator, no stack (NextInPreOrder climbs back up).
        IElement? element = body.FirstElementChild;
        for (int seen = 0; element is not null && seen < MaxPrintedDateElements; seen++, element = NextInPreOrder(element, body))
        {
            if (element.ClassName is not { } cls || cls.AsSpan().IndexOfAny(DateNames) < 0 || HtmlText.IsLongerThan(element, 60))
            {
                continue;
            }

            string text = PrintedDateLabel().Replace(HtmlText.Of(element), string.Empty);
            if (PrintedDateShape().IsMatch(text) && !HtmlRules.IsOutsideStory(element, stats) && PageDates.Parse(text) is { } printed)
            {
                return printed;
            }
        }

        return null;
    }

    private static IElement? NextInPreOrder(IElement element, IElement root)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (IElement? e = element; e is not null && e != root; e = e.ParentElement)
        {
            if (e.NextElementSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    private static readonly SearchValues<string> DateNames = SearchValues.Create(["date", "time", "publish", "posted", "datum"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|veröffentlicht|aktualisiert|stand|publié|publicado)(?:\s+(?:on|at|am|le|el))?\s*:?\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrintedDateLabel();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedDateShape();

    private enum DateKey
    {
        None,
        Published,
        Modified,
    }

    // Meta keys compared without their separators: article:published_time, article:published:time and
    // article-published-time are one key to the sites that write them. Compacted on the stack: asked of most meta tags.
    private static DateKey DateKeyOf(string key)
    {
        if (key.Length > 64)
        {
            return DateKey.None;
        }

        Span<char> compact = stackalloc char[key.Length];
        int length = 0;
        foreach (char c in key)
        {
            if (c is not (':' or '.' or '_' or '-'))
            {
                compact[length++] = c;
            }
        }

        ReadOnlySpan<char> name = compact[..length];
        return PublishedKeys.Contains(name) ? DateKey.Published : ModifiedKeys.Contains(name) ? DateKey.Modified : DateKey.None;
    }

    // The meta tag's key (property, name, itemprop or http-equiv, the first present) and content (content or value), read
    // in one pass over its attributes instead of six by-name lookups (each lower-cases the name); the first of a
    // duplicated name counts, as GetAttribute finds it.
    internal static (string? Key, string? Content) KeyAndContent(IElement meta)
    {
        INamedNodeMap attributes = meta.Attributes;
        string? property = null, name = null, itemprop = null, httpEquiv = null, content = null, value = null;
        for (int i = 0; i < attributes.Length; i++)
        {
            IAttr attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "property": property ??= attribute.Value; break;
                case "name": name ??= attribute.Value; break;
                case "itemprop": itemprop ??= attribute.Value; break;
                case "http-equiv": httpEquiv ??= attribute.Value; break;
                case "content": content ??= attribute.Value; break;
                case "value": value ??= attribute.Value; break;
            }
        }

        return (property ?? name ?? itemprop ?? httpEquiv, content ?? value);
    }

    // A name, not an address: "d.doe@example.com" and profile URLs say who but not as shown.
    private static void AddMetaAuthor(PageMetadata metadata, string value)
    {
        string name = value.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;
        if (name.Length is >= 3 and <= 120 && !name.Contains('@', StringComparison.Ordinal) && !name.Contains("://", StringComparison.Ordinal)
            && !metadata.MetaAuthors.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            metadata.MetaAuthors.Add(name);
        }
    }

    private static string? TwitterLabel(string key) => Slot(key, "twitter:label");

    private static string? TwitterData(string key) => Slot(key, "twitter:data");

    private static string? Slot(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length ? key[prefix.Length..] : null;
}
