using WireIngest.Core.Extraction;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources;

/// <summary>
/// A folder read in place: files are never moved. Each is recorded in the ledger by path, size and SHA-256 once its outcome
/// is committed, and read again only when it changes (size or last-write time differ, and then only if its hash differs).
/// </summary>
internal sealed class ScanFolderSource(SourceOptions options, DocumentLimits limits, IDocumentLedger ledger, TimeProvider timeProvider)
    : FolderSource(options, limits, timeProvider, [])
{
    protected override async Task<SourceDocument?> LoadIfNewAsync(string key, FileInfo file, CancellationToken cancellationToken)
    {
        DocumentRecord? known = await ledger.FindAsync(Name, key, cancellationToken).ConfigureAwait(false);
        var modified = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        if (known is not null && known.Size == file.Length && known.ModifiedAt == modified)
        {
            return Unchanged(key, file, known);
        }

        SourceDocument document = await ReadAsync(key, file, cancellationToken).ConfigureAwait(false);
        if (known is not null && document.Sha256 == known.Sha256)
        {
            // Touched, not changed: remember the new time so the next poll skips it without reading.
            await ledger.RecordAsync(Name, key, known with { ModifiedAt = modified }, cancellationToken).ConfigureAwait(false);
            return Unchanged(key, file, known);
        }

        return document;
    }

    private SourceDocument Unchanged(string key, FileInfo file, DocumentRecord known) =>
        new(Name, key, Model.DocumentOrigin.FromFile(DisplayPath(key)), ReadOnlyMemory<byte>.Empty, null, file.Length, known.ModifiedAt, known.Sha256, Unchanged: true);

    protected override Task OnCompletedAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken) =>
        document.Unchanged ? Task.CompletedTask : ledger.RecordAsync(
            Name,
            document.Key,
            new DocumentRecord(document.Size, document.ModifiedAt, document.Sha256 ?? string.Empty, outcome.Failed ? "failed" : "ingested"),
            cancellationToken);
}
