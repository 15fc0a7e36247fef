using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>JSON parsing for wire feeds: any charset the decoder knows, a nesting cap, and rejection instead of exceptions.</summary>
internal static class SafeJson
{
    /// <summary>Deepest nesting accepted; AP and ninjs documents stay under 10.</summary>
    public const int MaxDepth = 64;

    /// <exception cref="DocumentRejectedException">Not JSON, or nested too deep.</exception>
    public static JsonDocument Parse(RawDocument document, string format)
    {
        string text = CharsetDecoder.Decode(document.Content.Span, ContentTypeCharset(document.ContentType)).TrimStart('\uFEFF');
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DocumentRejectedException($"malformed {format} JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Whether the head starts like a JSON object or array (after a BOM and white space).</summary>
    public static bool StartsLikeJson(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> rest = DocumentSniffer.TrimStart(head);
        return !rest.IsEmpty && rest[0] is (byte)'{' or (byte)'[';
    }

    private static string? ContentTypeCharset(string? contentType)
    {
        int at = contentType?.IndexOf("charset=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : contentType![(at + 8)..].Split(';')[0];
    }
}
