using System.Text.Json;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Reads the schema.org article of a JSON-LD block (top level, arrays and <c>@graph</c>).</summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Read(string json, PageMetadata metadata)
    {
        try
        {
            using var document = JsonDocument.Parse(WithoutCData(json), Options);
            Visit(document.RootElement, metadata, 0);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the visible page still serves.
        }
    }

    // XHTML-era pages wrap the script's JSON in a CDATA section ("<![CDATA[ {...} ]]>", often behind "//").
    private static string WithoutCData(string json)
    {
        string text = json.Trim();
        int open = text.IndexOf("<![CDATA[", StringComparison.Ordinal);
        if (open is < 0 or > 4)
        {
            return text;
        }

        text = text[(open + "<![CDATA[".Length)..];
        int close = text.LastIndexOf("]]>", StringComparison.Ordinal);
        return (close >= 0 ? text[..close] : text).Trim().TrimEnd('/').Trim();
    }

    private static void Visit(JsonElement element, PageMetadata metadata, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in Items(element))
            {
                Visit(item, metadata, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out JsonElement graph))
        {
            Visit(graph, metadata, depth + 1);
        }

        if (IsArticle(element))
        {
            ReadArticle(element, metadata);
        }
        else if (HasType(element, "WebPage"))
        {
            // The page's article is often its main entity; a page without one (Yoast's graph) dates itself.
            if (element.TryGetProperty("mainEntity", out JsonElement main))
            {
                Visit(main, metadata, depth + 1);
            }

            metadata.PagePublished ??= PageDates.Parse(String(element, "datePublished"));
            metadata.PageModified ??= PageDates.Parse(String(element, "dateModified"));
        }
        else if (HasType(element, "WebSite") || HasType(element, "Organization") || HasType(element, "NewsMediaOrganization"))
        {
            if (HasType(element, "WebSite"))
            {
                metadata.PublisherName ??= String(element, "name");
            }
        }
    }

    private static bool IsArticle(JsonElement element) =>
        Types(element).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report");

    private static void ReadArticle(JsonElement article, PageMetadata metadata)
    {
        if (metadata.HasArticleType)
        {
            return; // The first article object describes the page; later ones are usually related stories.
        }

        metadata.HasArticleType = true;
        metadata.IsLiveBlog = HasType(article, "LiveBlogPosting");
        metadata.JsonLdHeadline ??= String(article, "headline") ?? String(article, "name");
        metadata.OfferPublished(String(article, "datePublished"));
        metadata.OfferModified(String(article, "dateModified"));
        metadata.ArticleBody ??= article.TryGetProperty("articleBody", out JsonElement text) && text.ValueKind == JsonValueKind.String
            ? System.Net.WebUtility.HtmlDecode(text.GetString())
            : null; // Kept raw: its line breaks are the paragraph breaks.
        metadata.CanonicalUrl ??= String(article, "url");
        if (article.TryGetProperty("isAccessibleForFree", out JsonElement free))
        {
            metadata.IsAccessibleForFree = free.ValueKind switch
            {
                JsonValueKind.False => false,
                JsonValueKind.String => !string.Equals(free.GetString(), "false", StringComparison.OrdinalIgnoreCase),
                _ => true,
            };
        }

        if (article.TryGetProperty("commentCount", out JsonElement count))
        {
            metadata.CommentCount = count.ValueKind switch
            {
                JsonValueKind.Number when count.TryGetInt32(out int n) => n,
                JsonValueKind.String when int.TryParse(count.GetString(), out int n) => n,
                _ => metadata.CommentCount,
            };
        }

        foreach (string property in (string[])["author", "creator", "provider", "sourceOrganization"])
        {
            if (article.TryGetProperty(property, out JsonElement authors))
            {
                ReadAuthors(authors, metadata, property is "author" or "creator");
            }
        }

        if (article.TryGetProperty("publisher", out JsonElement publisher))
        {
            metadata.PublisherName ??= publisher.ValueKind == JsonValueKind.Object ? String(publisher, "name") : null;
        }

        if (article.TryGetProperty("image", out JsonElement image))
        {
            ReadImages(image, metadata);
        }
    }

    private static void ReadAuthors(JsonElement value, PageMetadata metadata, bool isAuthor)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (JsonElement item in value.EnumerateArray())
                {
                    ReadAuthors(item, metadata, isAuthor);
                }

                break;
            case JsonValueKind.String when isAuthor:
                Add(metadata.JsonLdPersonAuthors, HtmlText.Normalize(value.GetString()));
                break;
            case JsonValueKind.Object:
                string? name = String(value, "name");
                if (HasType(value, "Organization") || HasType(value, "NewsMediaOrganization") || !isAuthor)
                {
                    Add(metadata.JsonLdOrganisationAuthors, name);
                }
                else
                {
                    Add(metadata.JsonLdPersonAuthors, name);
                }

                break;
            default:
                break;
        }
    }

    private static void ReadImages(JsonElement images, PageMetadata metadata)
    {
        foreach (JsonElement value in Items(images))
        {
            ReadImage(value, metadata);
        }
    }

    // One value or the values of an array: JSON-LD allows both wherever it allows one.
    private static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            yield return value;
            yield break;
        }

        foreach (JsonElement item in value.EnumerateArray())
        {
            yield return item;
        }
    }

    private static void ReadImage(JsonElement value, PageMetadata metadata)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            string? credit = String(value, "creditText") ?? String(value, "copyrightHolder") ?? NameOf(value, "author") ?? NameOf(value, "copyrightHolder");
            metadata.Images.Add(new JsonLdImage(String(value, "url") ?? String(value, "contentUrl"), String(value, "caption") ?? String(value, "description"), credit));
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            metadata.ImageUrl ??= value.GetString();
        }
    }

    private static string? NameOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => HtmlText.Normalize(value.GetString()),
            JsonValueKind.Object => String(value, "name"),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.Object => String(value[0], "name"),
            _ => null,
        };
    }

    private static void Add(List<string> list, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name) && !list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? HtmlText.Normalize(System.Net.WebUtility.HtmlDecode(value.GetString()))
            : null;

    private static bool HasType(JsonElement element, string type) => Types(element).Contains(type, StringComparer.Ordinal);

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out JsonElement type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return type.GetString() ?? string.Empty;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return item.GetString() ?? string.Empty;
                }
            }
        }
    }
}
