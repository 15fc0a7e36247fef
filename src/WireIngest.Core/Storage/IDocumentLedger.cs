namespace WireIngest.Core.Storage;

/// <summary>The files a scan-mode source has ingested, by path, size and SHA-256: ingest once, again when it changes.</summary>
public interface IDocumentLedger
{
    /// <summary>The record of a file, or <c>null</c> when it was never ingested.</summary>
    Task<DocumentRecord?> FindAsync(string source, string path, CancellationToken cancellationToken = default);

    /// <summary>Records (or replaces) the record of a file after its outcome is committed.</summary>
    Task RecordAsync(string source, string path, DocumentRecord record, CancellationToken cancellationToken = default);
}
