using System.Text.Json;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Case-insensitive field access for ninjs-shaped JSON (ninjs 1.x/2.x lower case, 3.x camel case, AP Media API lower case),
/// and the fields those shapes share.
/// </summary>
internal static class JsonFields
{
    /// <summary>The property, matched case-insensitively, or <c>null</c>.</summary>
    public static JsonElement? Get(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The first of the names holding a non-blank string (numbers are written invariantly), normalised; or <c>null</c>.</summary>
    public static string? Text(this JsonElement element, params string[] names)
    {
        foreach (string name in names)
        {
            string? value = element.Get(name) switch
            {
                { ValueKind: JsonValueKind.String } s => s.GetString(),
                { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
                _ => null,
            };
            if (value is not null && TextNormalizer.NormalizeInline(value) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The array's items, or nothing when the property is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>The values of an object property (ninjs associations), or nothing.</summary>
    public static IEnumerable<JsonElement> Values(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Object } map ? map.EnumerateObject().Select(p => p.Value) : [];

    /// <summary>Fills what ninjs and the AP Media API name alike: identity, dates, status, headline, slugline, language, copyright.</summary>
    public static void FillCommon(JsonElement item, ExtractedArticle article)
    {
        string? uri = item.Text("uri");
        article.Uri ??= uri;
        article.ProviderVersion ??= item.Text("version");
        article.Headline ??= item.Text("headline");
        article.Slugline ??= item.Text("slugline");
        article.Language ??= item.Text("language");
        article.FirstCreated ??= WireDates.Parse(item.Text("firstcreated"));
        article.VersionCreated ??= WireDates.Parse(item.Text("versioncreated"));
        article.EmbargoedUntil ??= WireDates.Parse(item.Text("embargoed"));
        article.PubStatus = WireStatus.Parse(item.Text("pubstatus"));
        article.CopyrightHolder ??= item.Text("copyrightholder");
        if (item.Text("copyrightnotice") is { } notice)
        {
            article.CopyrightLines.Add(notice);
        }
    }

    /// <summary>Body text in one of the forms ninjs uses: HTML (parsed) or plain text (split into paragraphs).</summary>
    public static void AddBody(string value, bool html, ExtractedArticle article)
    {
        if (html || HtmlFragment.LooksLikeHtml(value))
        {
            HtmlFragment.Read(value, article);
        }
        else
        {
            article.Body.AddRange(PlainTextBody.Split(value).Select(BodyBlock.Paragraph));
        }
    }

}
