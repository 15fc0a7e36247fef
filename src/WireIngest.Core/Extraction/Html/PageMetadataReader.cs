using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads meta tags, canonical link, document language and JSON-LD into <see cref="PageMetadata"/>.</summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var metadata = new PageMetadata
        {
            Title = HtmlText.Normalize(document.Title),
        };

        foreach (IElement meta in document.GetElementsByTagName("meta"))
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
                case "author" or "article:author" or "byl" or "dc.creator" or "sailthru.author" or "parsely-author":
                    if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        metadata.MetaAuthor ??= content;
                    }

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
                    break;
            }
        }

        if (document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang)
        {
            metadata.Language = lang.Trim(); // The document's own declaration beats Open Graph's locale.
        }

        foreach (IElement link in document.GetElementsByTagName("link"))
        {
            if (string.Equals(link.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)
                && link.GetAttribute("href") is { Length: > 0 } href)
            {
                metadata.CanonicalUrl = href.Trim();
                break;
            }
        }

        foreach (IElement script in document.GetElementsByTagName("script"))
        {
            if (script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                JsonLdReader.Read(script.TextContent, metadata);
            }
        }

        return metadata;
    }
}
