using System.Text.Json;
using WireIngest.Core.Storage;

namespace WireIngest.Tests.TestSupport;

/// <summary>Reads fields of an outbox message's JSON.</summary>
internal static class MessageBody
{
    public static JsonElement Parse(OutboxMessage message) => JsonDocument.Parse(message.Body).RootElement.Clone();

    public static string? Field(OutboxMessage message, string name) =>
        Parse(message).TryGetProperty(name, out JsonElement value) ? value.ToString() : null;
}
