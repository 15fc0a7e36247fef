using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Messages;

/// <summary>
/// Writes one <see cref="Article"/> as an IPTC ninjs 3.1 message with the top-level WireIngest extension object <c>wire</c>,
/// valid against the schema named by <see cref="ExtensionSchemaId"/>. See <c>docs/message-contract.md</c>.
/// </summary>
/// <remarks>
/// Output goes straight to a <see cref="Utf8JsonWriter"/>: no DOM, no reflection serializer, and the long body values are written
/// in segments, so a message costs little beyond its own bytes. The type is stateless and thread-safe.
/// </remarks>
public sealed class NinjsMessageWriter
{
    /// <summary>The <c>$id</c> of <c>schemas/ninjs-3.1-wireingest.json</c>, written to <c>standard.schema</c> of every message.</summary>
    public const string ExtensionSchemaId = "https://wireingest.dev/schemas/ninjs-3.1-wireingest.json";

    /// <summary>The version <c>ingest</c> gives a story it has not seen before.</summary>
    public const string FirstVersion = "1";

    /// <summary>
    /// Writer options that keep non-ASCII text readable (<c>’</c>, Japanese) and leave <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>'</c> unescaped.
    /// </summary>
    /// <remarks>
    /// Relaxed escaping is safe here because a message is JSON for machines (a queue, a file), never pasted into an HTML page or a
    /// script block; <c>"</c>, <c>\</c> and control characters are still escaped, so the JSON is always well-formed. A consumer that
    /// embeds a value in HTML must encode it for that context, as it would any data.
    /// </remarks>
    /// <param name="indented">Pretty-print with two-space indentation.</param>
    /// <returns>Options to create a <see cref="Utf8JsonWriter"/> for <see cref="Write"/>.</returns>
    public static JsonWriterOptions GetWriterOptions(bool indented = false) => indented ? IndentedOptions : CompactOptions;

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>Writes the message as one JSON object at the writer's current position.</summary>
    /// <param name="writer">Destination; create it with <see cref="GetWriterOptions"/> for readable text. It is not flushed.</param>
    /// <param name="article">The normalised story.</param>
    /// <param name="version">WireIngest's per-article version counter (<c>"1"</c> from <c>ingest</c>), written to <c>version</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="version"/> is empty, or the article's <c>PubStatus</c> is not a ninjs value.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API, so the pipeline can inject the writer.")]
    public void Write(Utf8JsonWriter writer, Article article, string version = FirstVersion)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ThrowIfUnknownPubStatus(article.PubStatus);

        writer.WriteStartObject();
        NinjsPropertiesWriter.Write(writer, article, version);
        WireExtensionWriter.Write(writer, article);
        writer.WriteEndObject();
    }

    /// <summary>Returns the message as a JSON string.</summary>
    /// <param name="article">The normalised story.</param>
    /// <param name="indented">Pretty-print with two-space indentation.</param>
    /// <param name="version">WireIngest's per-article version counter, <c>"1"</c> from <c>ingest</c>.</param>
    /// <returns>The message.</returns>
    public string ToJson(Article article, bool indented = false, string version = FirstVersion)
    {
        using var lease = MessageBuffer.Rent();
        WriteTo(lease.Buffer, article, indented, version);
        return Encoding.UTF8.GetString(lease.Buffer.WrittenSpan);
    }

    /// <summary>Returns the message as UTF-8 JSON bytes, ready for a queue or a file.</summary>
    /// <param name="article">The normalised story.</param>
    /// <param name="indented">Pretty-print with two-space indentation.</param>
    /// <param name="version">WireIngest's per-article version counter, <c>"1"</c> from <c>ingest</c>.</param>
    /// <returns>The message.</returns>
    public byte[] ToUtf8Bytes(Article article, bool indented = false, string version = FirstVersion)
    {
        using var lease = MessageBuffer.Rent();
        WriteTo(lease.Buffer, article, indented, version);
        return lease.Buffer.WrittenSpan.ToArray();
    }

    private void WriteTo(System.Buffers.IBufferWriter<byte> buffer, Article article, bool indented, string version)
    {
        using var writer = new Utf8JsonWriter(buffer, GetWriterOptions(indented));
        Write(writer, article, version);
        writer.Flush();
    }

    private static void ThrowIfUnknownPubStatus(string pubStatus)
    {
        if (pubStatus is not (PubStatuses.Usable or PubStatuses.Withheld or PubStatuses.Canceled))
        {
            throw new ArgumentException($"PubStatus '{pubStatus}' is not a ninjs pubStatus (usable, withheld, canceled).", nameof(pubStatus));
        }
    }
}
