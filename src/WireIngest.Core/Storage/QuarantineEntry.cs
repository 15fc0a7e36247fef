namespace WireIngest.Core.Storage;

/// <summary>A document that failed, kept with its error and origin for an operator to look at or replay.</summary>
/// <param name="Id">Quarantine id.</param>
/// <param name="Source">Name of the source it came from.</param>
/// <param name="OriginFile">Its file path, or <c>null</c>.</param>
/// <param name="OriginUrl">Its URL, or <c>null</c>.</param>
/// <param name="Error">One-line reason it failed.</param>
/// <param name="Content">The raw bytes as the source delivered them, or <c>null</c> when they could not be read.</param>
/// <param name="ContentType">The transport's content type, or <c>null</c>.</param>
/// <param name="CreatedAt">When it was quarantined.</param>
/// <param name="ReplayedAt">When a replay succeeded, or <c>null</c>.</param>
public sealed record QuarantineEntry(
    long Id,
    string Source,
    string? OriginFile,
    string? OriginUrl,
    string Error,
    byte[]? Content,
    string? ContentType,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReplayedAt);
