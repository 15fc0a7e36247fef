namespace WireIngest.Core.Model;

/// <summary>A normalised story: what every message is written from.</summary>
public sealed record Article
{
    /// <summary>Absolute URI identifying the story across versions.</summary>
    public required string Uri { get; init; }

    public required string Format { get; init; }

    public required DocumentOrigin Source { get; init; }

    public string? Syndicator { get; init; }

    public string? ProviderId { get; init; }

    public string? ProviderVersion { get; init; }

    /// <summary>
    /// Main headline (ninjs <c>headlines[role=main]</c>): a wire item's headline as the provider sent it, agency tags
    /// included (<c>UPDATE 1-…</c>); a page's visible headline with agency tags removed.
    /// </summary>
    public required string Headline { get; init; }

    /// <summary>
    /// A wire item's headline without its allow-listed agency tags (ninjs <c>headlines[role=untagged]</c>), when the provider's
    /// headline carried any; <c>null</c> otherwise and for pages.
    /// </summary>
    public string? UntaggedHeadline { get; init; }

    /// <summary>Agency tags found on the headline, upper case, in order (<c>UPDATE 2</c>, <c>INTERVIEW</c>, <c>=2</c>).</summary>
    public IReadOnlyList<string> HeadlineTags { get; init; } = [];

    public string? Slugline { get; init; }

    /// <summary>Body blocks; byline repeats and the credits trailer removed.</summary>
    public required IReadOnlyList<BodyBlock> Body { get; init; }

    public Byline? Byline { get; init; }

    public Dateline? Dateline { get; init; }

    /// <summary>Canonical agency that wrote the story, or <c>null</c>.</summary>
    public string? Agency { get; init; }

    public IReadOnlyList<Picture> Pictures { get; init; } = [];

    /// <summary>The agency's (or provider's) copyright.</summary>
    public CopyrightNotice? Copyright { get; init; }

    /// <summary>The syndicating publisher's copyright, kept apart.</summary>
    public CopyrightNotice? PublisherCopyright { get; init; }

    public IReadOnlyList<StoryCredit> Credits { get; init; } = [];

    public int? CommentCount { get; init; }

    public string? Language { get; init; }

    public DateTimeOffset? FirstCreated { get; init; }

    public DateTimeOffset? VersionCreated { get; init; }

    public string PubStatus { get; init; } = PubStatuses.Usable;

    public DateTimeOffset? EmbargoedUntil { get; init; }
}
