namespace WireIngest.Core.Storage;

/// <summary>One finished poll of a source: the counts it added since the last record, and its error when it failed.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Seen">Documents found.</param>
/// <param name="New">Stories stored as new articles.</param>
/// <param name="Updated">Stories stored as new versions.</param>
/// <param name="Duplicate">Stories and documents seen before unchanged.</param>
/// <param name="Stale">Stories older than the stored version.</param>
/// <param name="Failed">Documents quarantined or not taken by the store.</param>
/// <param name="Error">Why the poll failed, or <c>null</c> when it succeeded.</param>
public sealed record SourcePoll(string Source, int Seen, int New, int Updated, int Duplicate, int Stale, int Failed, string? Error);
