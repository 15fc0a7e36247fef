using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// AP Media API responses: <c>/content</c> (one <c>data.item</c>) and feeds (<c>data.items[].item</c>).
/// The API sends text bodies as a separate NITF rendition; when the response carries none inline, the summary stands in.
/// </summary>
public sealed class ApMediaApiExtractor : IArticleExtractor
{
    /// <inheritdoc/>
    public string Format => DocumentFormats.ApMediaApi;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) =>
        SafeJson.StartsLikeJson(head) && DocumentSniffer.Contains(head, "\"api_version\"") && DocumentSniffer.Contains(head, "\"data\"");

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        using JsonDocument json = SafeJson.Parse(document, "AP Media API");
        JsonElement root = json.RootElement;
        JsonElement? data = root.Get("data");
        if (data is null)
        {
            throw new DocumentRejectedException("AP Media API response without data");
        }

        List<JsonElement> items = data.Value.Get("item") is { ValueKind: JsonValueKind.Object } single
            ? [single]
            : data.Value.Items("items").Select(i => i.Get("item") ?? i).ToList();
        JsonElement? inlineNitf = items.Count == 1 ? root.Get("nitf") : null;
        return StoryCheck.ReadEach(items, item => ReadItem(item, inlineNitf), "AP Media API", cancellationToken,
            "AP Media API response without inline text: its items' text is a separate NITF rendition to fetch");
    }

    private ExtractedArticle ReadItem(JsonElement item, JsonElement? inlineNitf)
    {
        var article = new ExtractedArticle
        {
            Format = Format,
            Headline = item.Text("headline", "title"),
            ProviderId = item.Get("altids")?.Text("itemid"),
            Byline = Byline(item),
            Dateline = item.Text("dateline", "located"),
            Agency = item.Text("provider") ?? item.Items("infosource").Select(s => s.Text("name")).FirstOrDefault(n => n is not null),
        };
        JsonFields.FillCommon(item, article);
        article.Uri = WithoutQuery(article.Uri); // the query carries the caller's session token, not the story's identity

        bool picture = item.Text("type") is "picture" or "graphic" or "video";
        if (inlineNitf?.Text("body_html") is { } html)
        {
            JsonFields.AddBody(html, html: true, article);
        }
        else if ((picture ? item.Text("description_caption") : item.Text("description_summary", "headline_extended")) is { } summary)
        {
            article.Body.Add(BodyBlock.Paragraph(summary));
        }

        if (picture)
        {
            JsonElement? renditions = item.Get("renditions");
            string? href = renditions?.Get("main")?.Text("href") ?? renditions?.Get("preview")?.Text("href");
            article.Pictures.Add(new RawPicture(item.Text("description_caption"), item.Text("description_creditline"), href, item.Get("photographer")?.Text("name")));
        }

        return article;
    }

    // "By JULIE PACE and ZEKE MILLER" as sent; a picture's byline is its photographer.
    private static string? Byline(JsonElement item)
    {
        List<string> bylines = item.Items("bylines").Select(b => b.Text("by")).OfType<string>().ToList();
        return bylines.Count > 0 ? string.Join(" and ", bylines) : item.Get("photographer")?.Text("name");
    }

    private static string? WithoutQuery(string? uri)
    {
        int query = uri?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        return query > 0 ? uri![..query] : uri;
    }
}
