using System.Text.Json;

namespace WireIngest.Samples.Consumer;

/// <summary>The parts of a WireIngest ninjs message a desk looks at first.</summary>
internal sealed record ArticleSummary(string Headline, string? Byline, string? Dateline, IReadOnlyList<string> PictureCredits)
{
    /// <summary>Reads the summary from the message body (ninjs 3.1 with the <c>wire</c> extension, see docs/message-contract.md).</summary>
    public static ArticleSummary Read(BinaryData body)
    {
        using JsonDocument json = JsonDocument.Parse(body);
        JsonElement root = json.RootElement;
        string headline = root.TryGetProperty("headlines", out JsonElement headlines) && headlines.GetArrayLength() > 0
            ? headlines[0].GetProperty("value").GetString() ?? string.Empty
            : "(no headline)";
        string? byline = root.TryGetProperty("by", out JsonElement by) ? by.GetString() : null;
        JsonElement wire = root.GetProperty("wire");
        string? dateline = wire.GetProperty("dateline") is { ValueKind: JsonValueKind.Object } d ? d.GetProperty("raw").GetString() : null;
        List<string> credits = [.. wire.GetProperty("images").EnumerateArray()
            .Select(image => image.GetProperty("credit"))
            .Where(credit => credit.ValueKind == JsonValueKind.Object)
            .Select(credit => credit.GetProperty("raw").GetString() ?? string.Empty)];
        return new ArticleSummary(headline, byline, dateline, credits);
    }
}
