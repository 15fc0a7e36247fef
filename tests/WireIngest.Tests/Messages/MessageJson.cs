using System.Text.Json.Nodes;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Messages;

/// <summary>Writes an article and parses the message back, for tests that look at its structure.</summary>
internal static class MessageJson
{
    public static JsonObject Write(Article article) => Parse(new NinjsMessageWriter().ToJson(article));

    public static JsonObject Parse(string json) => JsonNode.Parse(json)?.AsObject() ?? throw new AssertionException("The message is not a JSON object.");

    /// <summary>The message without its top-level <c>wire</c> object: the pure ninjs part.</summary>
    public static JsonObject WithoutWire(JsonObject message)
    {
        var copy = message.DeepClone().AsObject();
        copy.Remove("wire");
        return copy;
    }

    public static JsonObject Wire(JsonObject message) => message["wire"]!.AsObject();

    public static string HtmlBody(JsonObject message) => Body(message, "text/html");

    public static string PlainBody(JsonObject message) => Body(message, "text/plain");

    private static string Body(JsonObject message, string contentType) =>
        message["bodies"]!.AsArray().Single(body => (string?)body!["contentType"] == contentType)!["value"]!.GetValue<string>();
}
