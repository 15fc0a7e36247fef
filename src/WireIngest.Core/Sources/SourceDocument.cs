using WireIngest.Core.Model;

namespace WireIngest.Core.Sources;

/// <summary>A document a source found, with what the source needs to acknowledge it later.</summary>
/// <param name="Source">Name of the source.</param>
/// <param name="Key">The source's key for it (a path relative to the folder).</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Content">The raw bytes (possibly gzip), empty when <paramref name="ReadError"/> is set.</param>
/// <param name="ReadError">Why the source could not read it, or <c>null</c>.</param>
/// <param name="Size">Size in bytes when read.</param>
/// <param name="ModifiedAt">Last-write time when read.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Content"/>, or <c>null</c> when unread.</param>
/// <param name="Unchanged">Already ingested with this content: reported (counted as a duplicate), not read.</param>
/// <param name="ContentType">The transport's content type (HTTP <c>Content-Type</c>, which may name the charset), or <c>null</c>.</param>
public sealed record SourceDocument(
    string Source,
    string Key,
    DocumentOrigin Origin,
    ReadOnlyMemory<byte> Content,
    string? ReadError,
    long Size,
    DateTimeOffset ModifiedAt,
    string? Sha256,
    bool Unchanged = false,
    string? ContentType = null);
