using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// ninjs 1.x–3.x documents as input (Superdesk, BBC and agency exports): one object, an array of them,
/// or a list response with an <c>item</c> array. Picture associations become the story's pictures.
/// </summary>
public sealed class NinjsExtractor : IArticleExtractor
{
    private static readonly string[] BodyHints = ["\"body_html\"", "\"body_text\"", "\"body_xhtml\"", "\"bodies\"", "\"headline\"", "\"headlines\""];

    /// <inheritdoc/>
    public string Format => DocumentFormats.Ninjs;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head)
    {
        if (!SafeJson.StartsLikeJson(head) || DocumentSniffer.Contains(head, "\"api_version\""))
        {
            return false;
        }

        foreach (string hint in BodyHints)
        {
            if (DocumentSniffer.Contains(head, hint))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        using JsonDocument json = SafeJson.Parse(document, "ninjs");
        JsonElement root = json.RootElement;
        IEnumerable<JsonElement> items = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray()
            : root.Get("item") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray() : [root];
        return StoryCheck.ReadEach(items.Where(i => i.ValueKind == JsonValueKind.Object), ReadItem, "ninjs", cancellationToken);
    }

    private ExtractedArticle ReadItem(JsonElement item)
    {
        var article = new ExtractedArticle
        {
            Format = Format,
            Headline = MainValue(item, "headlines"),
            Byline = item.Text("by", "byline") ?? Authors(item),
            ProviderId = item.Text("guid"),
            Agency = item.Text("source", "provider") ?? item.Items("infosources").Select(s => s.Text("name")).FirstOrDefault(n => n is not null),
        };
        JsonFields.FillCommon(item, article);
        article.Uri ??= article.ProviderId;

        if (MainBody(item) is ({ } body, bool html))
        {
            JsonFields.AddBody(body, html, article);
        }

        foreach (JsonElement association in item.Values("associations").Concat(item.Items("associations")))
        {
            if (association.Text("type") is "picture" or "graphic" or "image")
            {
                article.Pictures.Add(ReadPicture(association));
            }
        }

        return article;
    }

    // ninjs 2.x/3.x: headlines[] and bodies[] with a role; the main one (or the first) is the story's.
    private static string? MainValue(JsonElement item, string arrayName) =>
        item.Items(arrayName).OrderByDescending(h => h.Text("role") is null or "main").Select(h => h.Text("value")).FirstOrDefault(v => v is not null);

    private static (string Value, bool Html)? MainBody(JsonElement item)
    {
        if (RawText(item, "body_html", "body_xhtml") is { } html)
        {
            return (html, true);
        }

        if (RawText(item, "body_text") is { } text)
        {
            return (text, false);
        }

        JsonElement? body = item.Items("bodies").OrderByDescending(b => b.Text("role") is null or "main").Cast<JsonElement?>().FirstOrDefault();
        return body?.Get("value") is { ValueKind: JsonValueKind.String } value
            ? (value.GetString()!, (body.Value.Text("contenttype") ?? string.Empty).Contains("html", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    // Body strings keep their line breaks: plain-text bodies mark paragraphs with them.
    private static string? RawText(JsonElement item, params string[] names) =>
        names.Select(n => item.Get(n)).FirstOrDefault(v => v is { ValueKind: JsonValueKind.String } s && !string.IsNullOrWhiteSpace(s.GetString()))?.GetString();

    private static string? Authors(JsonElement item)
    {
        List<string> names = item.Items("authors").Select(a => a.Text("name")).OfType<string>().ToList();
        return names.Count > 0 ? string.Join(" and ", names) : null;
    }

    private static RawPicture ReadPicture(JsonElement picture)
    {
        string? credit = picture.Items("descriptions").FirstOrDefault(d => d.Text("role") == "creditline").Text("value") ?? picture.Text("creditline");
        string? caption = picture.Items("descriptions").FirstOrDefault(d => d.Text("role") == "caption").Text("value")
            ?? picture.Text("description_text", "body_text", "headline") ?? MainValue(picture, "headlines");
        string? href = picture.Get("renditions") switch
        {
            { ValueKind: JsonValueKind.Object } map => map.EnumerateObject().Select(r => r.Value.Text("href")).FirstOrDefault(h => h is not null),
            { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(r => r.Text("href")).FirstOrDefault(h => h is not null),
            _ => null,
        };
        return new RawPicture(caption, credit, href, picture.Text("by", "byline"));
    }
}
