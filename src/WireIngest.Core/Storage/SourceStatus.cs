namespace WireIngest.Core.Storage;

/// <summary>What a source has done, as <c>wireingest status</c> shows it; counts are totals since the store was created.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="LastPollAt">When its last poll finished.</param>
/// <param name="LastSuccessAt">When its last successful poll finished, or <c>null</c> when none did.</param>
/// <param name="Seen">Documents found.</param>
/// <param name="New">Stories stored as new articles.</param>
/// <param name="Updated">Stories stored as new versions.</param>
/// <param name="Duplicate">Stories and documents seen before unchanged.</param>
/// <param name="Stale">Stories older than the stored version.</param>
/// <param name="Failed">Documents quarantined or not taken by the store.</param>
/// <param name="LastError">The last poll error, kept after a later success.</param>
/// <param name="LastErrorAt">When it happened.</param>
public sealed record SourceStatus(
    string Source, DateTimeOffset LastPollAt, DateTimeOffset? LastSuccessAt,
    long Seen, long New, long Updated, long Duplicate, long Stale, long Failed,
    string? LastError, DateTimeOffset? LastErrorAt);
