using System.Globalization;
using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Messages;

/// <summary>
/// Writes each picture as a ninjs association <c>picture-N</c> (1-based, in document order) with its own URI under the story's:
/// photographer as <c>by</c>, caption and raw credit as <c>descriptions</c>, credit agency as <c>copyrightHolder</c>, the image URL as
/// the <c>original</c> rendition. Associations never carry <c>wire</c>; the full parsed credit is in <c>wire.images</c>.
/// </summary>
internal static class PictureAssociationWriter
{
    public static void Write(Utf8JsonWriter writer, string articleUri, IReadOnlyList<Picture> pictures)
    {
        if (pictures.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("associations"u8);
        for (int i = 0; i < pictures.Count; i++)
        {
            WriteAssociation(writer, articleUri, i + 1, pictures[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteAssociation(Utf8JsonWriter writer, string articleUri, int number, Picture picture)
    {
        string ordinal = number.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("name"u8, "picture-" + ordinal);
        writer.WriteString("uri"u8, articleUri + "/picture/" + ordinal);
        writer.WriteString("type"u8, "picture"u8);
        NinjsPropertiesWriter.WriteIfKnown(writer, "by"u8, picture.Credit?.Photographer);
        NinjsPropertiesWriter.WriteIfKnown(writer, "copyrightHolder"u8, picture.Credit?.Agency);
        WriteDescriptions(writer, picture);
        WriteRendition(writer, picture.Href);
        writer.WriteEndObject();
    }

    private static void WriteDescriptions(Utf8JsonWriter writer, Picture picture)
    {
        bool hasCaption = !string.IsNullOrWhiteSpace(picture.Caption);
        bool hasCredit = !string.IsNullOrWhiteSpace(picture.Credit?.Raw);
        if (!hasCaption && !hasCredit)
        {
            return;
        }

        writer.WriteStartArray("descriptions"u8);
        if (hasCaption)
        {
            NinjsPropertiesWriter.WriteRoleValue(writer, "caption"u8, picture.Caption!);
        }

        if (hasCredit)
        {
            NinjsPropertiesWriter.WriteRoleValue(writer, "creditline"u8, picture.Credit!.Raw);
        }

        writer.WriteEndArray();
    }

    private static void WriteRendition(Utf8JsonWriter writer, string? href)
    {
        // ninjs wants an absolute URI here; a relative or broken address stays only in wire.images[].href.
        // Checking the scheme also stops a Unix path (/img/a.jpg), which .NET reads as an absolute file: URI.
        if (href is null
            || !Uri.TryCreate(href, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return;
        }

        writer.WriteStartArray("renditions"u8);
        writer.WriteStartObject();
        writer.WriteString("name"u8, "original"u8);
        writer.WriteString("href"u8, href);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
