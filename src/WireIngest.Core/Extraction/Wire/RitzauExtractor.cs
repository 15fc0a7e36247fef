using System.Globalization;
using System.Xml.Linq;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Ritzau's <c>RBNews</c> XML: one story per <c>RBNews</c> element, alone or listed in the feed's queued-news response.
/// The text is HTML escaped into <c>content</c>; <c>origin</c> (<c>/ritzau/</c>, <c>Via Ritzau</c>) is the printed byline,
/// as Superdesk's Ritzau parser maps it (<c>byLine</c> is the desk contact, given with the desk's e-mail and phone).
/// </summary>
public sealed class RitzauExtractor : IArticleExtractor
{
    private const string AgencyName = "Ritzau";

    // PublishDate carries no offset: Ritzau stamps Copenhagen local time.
    private static readonly Lazy<TimeZoneInfo?> Copenhagen = new(FindCopenhagen);

    /// <inheritdoc/>
    public string Format => DocumentFormats.Ritzau;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) => XmlSniffer.RootIs(head, "RBNews", "XMLNewsQueuedResponse");

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        XElement root = SafeXml.Load(document, cancellationToken).Root!;
        IEnumerable<XElement> items = root.Name.LocalName == "RBNews" ? [root] : root.DescendantsNamed("RBNews");
        return StoryCheck.ReadEach(items, ReadItem, "Ritzau", cancellationToken);
    }

    private ExtractedArticle ReadItem(XElement item)
    {
        string? id = item.Child("NewsID").TextOrNull();
        DateTimeOffset? published = LocalTime(item.Child("PublishDate").TextOrNull());
        var article = new ExtractedArticle
        {
            Format = Format,
            Uri = Guid.TryParse(id, out Guid guid) ? "urn:uuid:" + guid.ToString("D") : null,
            ProviderId = id,
            ProviderVersion = item.Child("version").TextOrNull(),
            FirstCreated = published,
            VersionCreated = published,
            Headline = item.Child("headline").TextOrNull(),
            Slugline = item.Child("strapline").TextOrNull(),
            Dateline = item.Child("town").TextOrNull(),
            Byline = Origin(item.Child("origin").TextOrNull()),
            Agency = AgencyName,
            PubStatus = IsTrue(item.Child("Annuleret")) ? PubStatuses.Canceled : PubStatuses.Usable,
        };

        if (item.Child("content")?.Value is { Length: > 0 } html)
        {
            HtmlFragment.Read(html, article);
        }

        return article;
    }

    // "/ritzau/", "Via Ritzau": the agency itself, named as the agency is named everywhere else; any other origin as written.
    private static string? Origin(string? origin) =>
        origin is null ? null : AgencyNames.FindAgency(origin) ?? origin.Trim('/', ' ');

    private static bool IsTrue(XElement? flag) => string.Equals(flag.TextOrNull(), "true", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? LocalTime(string? value)
    {
        if (value is null || Copenhagen.Value is not { } zone
            || !DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local) || local.Kind != DateTimeKind.Unspecified)
        {
            return WireDates.Parse(value);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo? FindCopenhagen()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null; // no time-zone data on the host: the stamp is read as UTC, like other zone-less wire times
        }
    }
}
