using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using WireIngest.Core.Storage;

namespace WireIngest.ServiceBus;

/// <summary>
/// How an outbox message travels on Service Bus: the ninjs JSON as the body, the routing facts as broker properties, so
/// subscriptions can filter and consumers can route without parsing the body (see docs/message-contract.md).
/// </summary>
public static class ServiceBusEnvelope
{
    /// <summary>Content type of every body: the compact UTF-8 ninjs JSON.</summary>
    public const string ContentType = "application/json";

    /// <summary>Application property: the agency (<c>wire.agency</c>); absent when unknown.</summary>
    public const string Agency = "agency";

    /// <summary>Application property: WireIngest's version counter, an int.</summary>
    public const string Version = "version";

    /// <summary>Application property: ninjs <c>pubStatus</c> (<c>usable</c>, <c>withheld</c>, <c>canceled</c>).</summary>
    public const string PubStatus = "pubStatus";

    /// <summary>Application property: ninjs <c>language</c>; absent when unknown.</summary>
    public const string Language = "language";

    /// <summary>Application property: the input format (<c>wire.source.format</c>: <c>nitf</c>, <c>html</c>, ...).</summary>
    public const string Source = "source";

    /// <summary>Application property: the agency headline tags (<c>wire.headlineTags</c>) comma-joined; empty when none.</summary>
    public const string HeadlineTags = "headlineTags";

    /// <summary>Service Bus limit for <c>MessageId</c>, <c>SessionId</c> and <c>CorrelationId</c>.</summary>
    public const int MaxIdLength = 128;

    /// <summary>
    /// The article id as <c>CorrelationId</c> / <c>SessionId</c>: itself when it fits the broker's 128 characters, else
    /// <c>sha256:</c> and the hex digest of it (a long provider URL), stable across versions.
    /// </summary>
    public static string ArticleKey(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return articleId.Length <= MaxIdLength
            ? articleId
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)));
    }

    /// <summary>Builds the broker message for an outbox row.</summary>
    internal static ServiceBusMessage Create(OutboxMessage message, bool useSessions)
    {
        string articleKey = ArticleKey(message.ArticleId);
        var envelope = new ServiceBusMessage(new BinaryData(message.Body))
        {
            MessageId = message.MessageId,
            Subject = message.Subject,
            ContentType = ContentType,
            CorrelationId = articleKey,
        };
        if (useSessions)
        {
            envelope.SessionId = articleKey;
        }

        IDictionary<string, object> properties = envelope.ApplicationProperties;
        properties[Version] = message.Version;
        using JsonDocument json = JsonDocument.Parse(message.Body);
        JsonElement root = json.RootElement;
        AddString(properties, PubStatus, root, "pubStatus");
        AddString(properties, Language, root, "language");
        if (root.TryGetProperty("wire", out JsonElement wire) && wire.ValueKind == JsonValueKind.Object)
        {
            AddString(properties, Agency, wire, "agency");
            if (wire.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.Object)
            {
                AddString(properties, Source, source, "format");
            }

            properties[HeadlineTags] = wire.TryGetProperty("headlineTags", out JsonElement tags) && tags.ValueKind == JsonValueKind.Array
                ? string.Join(',', tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()))
                : string.Empty;
        }

        return envelope;
    }

    private static void AddString(IDictionary<string, object> properties, string name, JsonElement parent, string jsonName)
    {
        // Unknown values are left out rather than sent as null: a subscription filter on a missing property is simply false.
        if (parent.TryGetProperty(jsonName, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            properties[name] = text;
        }
    }
}
