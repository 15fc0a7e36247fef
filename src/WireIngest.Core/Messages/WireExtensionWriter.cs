using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Messages;

/// <summary>
/// Writes the top-level <c>wire</c> object: what WireIngest parsed that ninjs has no field for. Unlike the ninjs part, every
/// property is always present and an unknown value is written as <c>null</c>, so consumers can rely on the shape.
/// </summary>
internal static class WireExtensionWriter
{
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject("wire"u8);
        WriteSource(writer, article);
        WriteNullable(writer, "agency"u8, article.Agency);
        WriteObjectOrNull(writer, "byline"u8, article.Byline, WriteByline);
        WriteObjectOrNull(writer, "dateline"u8, article.Dateline, WriteDateline);
        WriteImages(writer, article.Pictures);
        WriteObjectOrNull(writer, "copyright"u8, article.Copyright, WriteCopyright);
        WriteObjectOrNull(writer, "publisherCopyright"u8, article.PublisherCopyright, WriteCopyright);
        WriteStrings(writer, "headlineTags"u8, article.HeadlineTags);
        WriteCredits(writer, article.Credits);
        WriteNullable(writer, "commentCount"u8, article.CommentCount);
        WriteNullable(writer, "embargoedUntil"u8, article.EmbargoedUntil);
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject("source"u8);
        WriteNullable(writer, "file"u8, article.Source.File);
        WriteNullable(writer, "url"u8, article.Source.Url);
        writer.WriteString("format"u8, article.Format);
        WriteNullable(writer, "syndicator"u8, article.Syndicator);
        WriteNullable(writer, "providerId"u8, article.ProviderId);
        WriteNullable(writer, "providerVersion"u8, article.ProviderVersion);
        writer.WriteEndObject();
    }

    private static void WriteByline(Utf8JsonWriter writer, Byline byline)
    {
        writer.WriteString("raw"u8, byline.Raw);
        WriteStrings(writer, "authors"u8, byline.Writers); // An organisation only when no person is named.
    }

    private static void WriteDateline(Utf8JsonWriter writer, Dateline dateline)
    {
        writer.WriteString("raw"u8, dateline.Raw);
        WriteStrings(writer, "places"u8, dateline.Places);
        WriteNullable(writer, "date"u8, dateline.Date);
        WriteNullable(writer, "agency"u8, dateline.Agency);
    }

    private static void WriteImages(Utf8JsonWriter writer, IReadOnlyList<Picture> pictures)
    {
        writer.WriteStartArray("images"u8);
        for (int i = 0; i < pictures.Count; i++)
        {
            var picture = pictures[i];
            writer.WriteStartObject();
            WriteNullable(writer, "caption"u8, picture.Caption);
            WriteObjectOrNull(writer, "credit"u8, picture.Credit, WriteImageCredit);
            WriteNullable(writer, "href"u8, picture.Href);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteImageCredit(Utf8JsonWriter writer, ImageCredit credit)
    {
        writer.WriteString("raw"u8, credit.Raw);
        WriteNullable(writer, "agency"u8, credit.Agency);
        WriteNullable(writer, "photographer"u8, credit.Photographer);
        writer.WriteBoolean("filePhoto"u8, credit.FilePhoto);
        writer.WriteBoolean("pool"u8, credit.Pool);
        writer.WriteBoolean("handout"u8, credit.Handout);
    }

    private static void WriteCopyright(Utf8JsonWriter writer, CopyrightNotice copyright)
    {
        writer.WriteString("raw"u8, copyright.Raw);
        WriteNullable(writer, "holder"u8, copyright.Holder);
        WriteNullable(writer, "year"u8, copyright.Year);
    }

    /// <summary>Writes <paramref name="value"/> as an object, or <c>null</c> when it is unknown.</summary>
    /// <remarks>Callers pass method groups of static methods, which the compiler caches: no allocation per call.</remarks>
    private static void WriteObjectOrNull<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> writeProperties)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writeProperties(writer, value);
        writer.WriteEndObject();
    }

    private static void WriteCredits(Utf8JsonWriter writer, IReadOnlyList<StoryCredit> credits)
    {
        writer.WriteStartArray("credits"u8);
        for (int i = 0; i < credits.Count; i++)
        {
            var credit = credits[i];
            writer.WriteStartObject();
            writer.WriteString("role"u8, credit.Role);
            WriteStrings(writer, "names"u8, credit.Names);
            WriteStrings(writer, "places"u8, credit.Places);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (int i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
