using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads meta tags, canonical link, document language and JSON-LD into <see cref="PageMetadata"/>.</summary>
internal static class PageMetadataReader
{
    // As GetElementsByTagName: a type selector matches the local name ignoring case in any namespace, as it does.
    // Gathered by the page's one walk (HtmlArticleExtractor.Queries): each GetElementsByTagName walked the whole page.
    internal static readonly ISelector MetaTags = ParsedSelectors.Parse("meta");

    internal static readonly ISelector Links = ParsedSelectors.Parse("link");

    internal static readonly ISelector Scripts = ParsedSelectors.Parse("script");

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
            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            string? content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (key is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            content = HtmlText.Normalize(content);
            switch (key.Trim().ToLowerInvariant())
            {
                case "og:title":
                    metadata.OgTitle ??= content;
                    break;
                case "og:description" or "description" or "twitter:description":
                    metadata.Description ??= content;
                    break;
                case "og:site_name":
                    metadata.SiteName ??= content;
                    break;
                case "author" or "article:author" or "og:article:author" or "byl" or "dc.creator" or "sailthru.author" or "parsely-author":
                    if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        metadata.MetaAuthor ??= content;
                        AddMetaAuthor(metadata, content);
                    }

                    break;
                case "twitter:misc:written by":
                    AddMetaAuthor(metadata, content);
                    break;
                case "og:url":
                    metadata.CanonicalUrl ??= content;
                    break;
                case "og:locale":
                    metadata.Language ??= content.Replace('_', '-');
                    break;
                case "content-language":
                    metadata.Language ??= content.Split(',')[0].Trim();
                    break;
                case "article:published_time" or "datepublished" or "pubdate" or "date" or "dc.date.issued":
                    metadata.Published ??= content;
                    break;
                case "article:modified_time" or "datemodified" or "og:updated_time":
                    metadata.Modified ??= content;
                    break;
                case "og:image":
                    metadata.ImageUrl ??= content;
                    break;
                default:
                    if (TwitterLabel(key) is { } slot && content.Equals("Written by", StringComparison.OrdinalIgnoreCase))
                    {
                        writtenBySlot = slot; // "twitter:label1 = Written by" names the author in "twitter:data1".
                    }
                    else if (TwitterData(key) is { } data)
                    {
                        twitterData[data] = content;
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

        return metadata;
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
