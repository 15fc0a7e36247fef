using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Messages;

/// <summary>Writes the standard ninjs 3.1 properties of a message; absent values are omitted, never written as null.</summary>
internal static class NinjsPropertiesWriter
{
    public static void Write(Utf8JsonWriter writer, Article article, string version)
    {
        writer.WriteString("uri"u8, article.Uri);
        WriteStandard(writer);
        writer.WriteString("type"u8, "text"u8);
        writer.WriteString("version"u8, version);
        writer.WriteString("pubStatus"u8, article.PubStatus);
        WriteDateIfKnown(writer, "firstCreated"u8, article.FirstCreated);
        WriteDateIfKnown(writer, "versionCreated"u8, article.VersionCreated);
        WriteDateIfKnown(writer, "embargoedUntil"u8, article.EmbargoedUntil);
        WriteIfKnown(writer, "language"u8, article.Language);
        WriteHeadlines(writer, article.Headline, article.UntaggedHeadline);
        WriteIfKnown(writer, "slugline"u8, article.Slugline);
        WriteIfKnown(writer, "by"u8, article.Byline?.By);
        WriteLocated(writer, article.Dateline);
        WriteIfKnown(writer, "copyrightHolder"u8, article.Copyright?.Holder);
        WriteIfKnown(writer, "copyrightNotice"u8, article.Copyright?.Raw);
        WriteAltIds(writer, article.ProviderId);
        BodyWriter.WriteBodies(writer, article.Body);
        PictureAssociationWriter.Write(writer, article.Uri, article.Pictures);
    }

    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/> unless it is null or blank.</summary>
    public static void WriteIfKnown(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes one <c>{role, value}</c> object, the shape ninjs uses for headlines, descriptions and alternative ids.</summary>
    public static void WriteRoleValue(Utf8JsonWriter writer, ReadOnlySpan<byte> role, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, role);
        writer.WriteString("value"u8, value);
        writer.WriteEndObject();
    }

    private static void WriteDateIfKnown(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            // Utf8JsonWriter writes ISO 8601 with the offset (2024-11-29T10:15:00+00:00), which is RFC 3339 date-time.
            writer.WriteString(name, date);
        }
    }

    private static void WriteStandard(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("standard"u8);
        writer.WriteString("name"u8, "ninjs"u8);
        writer.WriteString("version"u8, "3.1"u8);
        writer.WriteString("schema"u8, NinjsMessageWriter.ExtensionSchemaId);
        writer.WriteEndObject();
    }

    /// <summary>The headline as sent (<c>main</c>) and, when agency tags were found on it, the same without them (<c>untagged</c>).</summary>
    private static void WriteHeadlines(Utf8JsonWriter writer, string headline, string? untagged)
    {
        if (string.IsNullOrWhiteSpace(headline))
        {
            return;
        }

        writer.WriteStartArray("headlines"u8);
        WriteRoleValue(writer, "main"u8, headline);
        if (!string.IsNullOrWhiteSpace(untagged))
        {
            WriteRoleValue(writer, "untagged"u8, untagged);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// <c>located</c> is the story's own dateline places (<c>Brussels/Kyiv</c>); a NewsML-G2 <c>&lt;located&gt;</c> editing hub
    /// never reaches the article's dateline, so it never lands here.
    /// </summary>
    private static void WriteLocated(Utf8JsonWriter writer, Dateline? dateline)
    {
        if (dateline is null || dateline.Places.Count == 0)
        {
            return;
        }

        writer.WriteString("located"u8, string.Join('/', dateline.Places));
    }

    private static void WriteAltIds(Utf8JsonWriter writer, string? providerId)
    {
        if (string.IsNullOrWhiteSpace(providerId))
        {
            return;
        }

        writer.WriteStartArray("altIds"u8);
        WriteRoleValue(writer, "providerId"u8, providerId);
        writer.WriteEndArray();
    }
}
