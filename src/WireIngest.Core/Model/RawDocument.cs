namespace WireIngest.Core.Model;

/// <summary>
/// A document as a source delivered it, already decompressed and size-checked
/// (see <see cref="Extraction.DocumentReader"/>): bytes plus origin.
/// </summary>
/// <param name="Origin">Where it came from.</param>
/// <param name="Content">The document's bytes (never gzip-compressed at this point).</param>
/// <param name="ContentType">The transport's content type (HTTP <c>Content-Type</c>), when there was one; it may carry a charset.</param>
public sealed record RawDocument(DocumentOrigin Origin, ReadOnlyMemory<byte> Content, string? ContentType = null);
