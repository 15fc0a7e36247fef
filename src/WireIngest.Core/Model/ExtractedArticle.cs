namespace WireIngest.Core.Model;

/// <summary>
/// One story as an extractor found it: raw strings, not yet normalised.
/// Extractors fill what their format offers; <see cref="Normalization.ArticleNormalizer"/> turns it into an <see cref="Article"/>.
/// </summary>
public sealed class ExtractedArticle
{
    /// <summary>Format name, e.g. <c>html</c>, <c>text</c>, <c>nitf</c>, <c>newsml-g2</c>; see <see cref="Extraction.DocumentFormats"/>.</summary>
    public required string Format { get; init; }

    /// <summary>Headline as found, agency tags (<c>UPDATE 2-</c>) still on it.</summary>
    public string? Headline { get; set; }

    /// <summary>Byline as found (<c>By John Irish and Tom Balmforth</c>), or <c>null</c>.</summary>
    public string? Byline { get; set; }

    /// <summary>A textual dateline the format carries apart from the body (NITF <c>&lt;dateline&gt;</c>); otherwise the normaliser reads the first paragraph's lead.</summary>
    public string? Dateline { get; set; }

    /// <summary>Body blocks in reading order, site chrome and comments already removed. Byline repeats and trailers may remain: the normaliser removes them.</summary>
    public List<BodyBlock> Body { get; } = [];

    /// <summary>Pictures with raw captions and credits, lead picture first.</summary>
    public List<RawPicture> Pictures { get; } = [];

    /// <summary>Copyright lines as found (agency's and publisher's alike); the normaliser tells them apart.</summary>
    public List<string> CopyrightLines { get; } = [];

    /// <summary>Copyright holder named by structured metadata (G2 <c>copyrightHolder</c>, NITF <c>doc.copyright@holder</c>), which notices do not always spell out; <c>null</c> otherwise.</summary>
    public string? CopyrightHolder { get; set; }

    /// <summary>Agency named by the document's own metadata (G2 provider, NITF distributor, JSON-LD author organisation), or <c>null</c>.</summary>
    public string? Agency { get; set; }

    /// <summary>Site that republished an agency story (<c>Japan Today</c>), or <c>null</c>.</summary>
    public string? Syndicator { get; set; }

    /// <summary>The page's own comment counter, or <c>null</c>.</summary>
    public int? CommentCount { get; set; }

    /// <summary>BCP 47 language tag from the document (<c>html lang</c>, <c>xml:lang</c>), or <c>null</c> to detect.</summary>
    public string? Language { get; set; }

    /// <summary>URI the provider gives the story (G2 guid without version, NITF doc-id as URN, canonical URL), or <c>null</c>.</summary>
    public string? Uri { get; set; }

    /// <summary>Provider's own id without version, or <c>null</c>.</summary>
    public string? ProviderId { get; set; }

    /// <summary>Provider's own version, or <c>null</c>.</summary>
    public string? ProviderVersion { get; set; }

    /// <summary>Canonical page URL, or <c>null</c>.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>Slugline, or <c>null</c>.</summary>
    public string? Slugline { get; set; }

    public DateTimeOffset? FirstCreated { get; set; }

    public DateTimeOffset? VersionCreated { get; set; }

    /// <summary>ninjs pubStatus: <c>usable</c>, <c>withheld</c> or <c>canceled</c>.</summary>
    public string PubStatus { get; set; } = PubStatuses.Usable;

    public DateTimeOffset? EmbargoedUntil { get; set; }
}
