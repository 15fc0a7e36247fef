using Dapper;

namespace WireIngest.Core.Storage;

/// <summary><see cref="IDocumentLedger"/> over the <c>documents</c> table.</summary>
internal sealed class SqliteDocumentLedger(SqliteConnectionFactory connections, TimeProvider timeProvider) : IDocumentLedger
{
    public Task<DocumentRecord?> FindAsync(string source, string path, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(async (connection, token) =>
        {
            DocumentLedgerRow? row = await connection.QuerySingleOrDefaultAsync<DocumentLedgerRow>(
                "SELECT size AS Size, modified_at AS ModifiedAt, sha256 AS Sha256, outcome AS Outcome FROM documents WHERE source = @Source AND path = @Path",
                new { Source = source, Path = path }).ConfigureAwait(false);
            return row is null ? null : new DocumentRecord(row.Size, StoreTime.Read(row.ModifiedAt), row.Sha256, row.Outcome);
        }, cancellationToken);

    public Task RecordAsync(string source, string path, DocumentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "INSERT INTO documents (source, path, size, modified_at, sha256, last_seen, outcome) VALUES (@Source, @Path, @Size, @Modified, @Sha, @Now, @Outcome) " +
            "ON CONFLICT (source, path) DO UPDATE SET size = excluded.size, modified_at = excluded.modified_at, sha256 = excluded.sha256, " +
            "last_seen = excluded.last_seen, outcome = excluded.outcome",
            new { Source = source, Path = path, record.Size, Modified = StoreTime.Write(record.ModifiedAt), Sha = record.Sha256, Now = StoreTime.Write(timeProvider.GetUtcNow()), record.Outcome }), cancellationToken);
    }
}
