using Dapper;
using Microsoft.Data.Sqlite;
using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary><see cref="IQuarantineStore"/> over the <c>quarantine</c> table.</summary>
internal sealed class SqliteQuarantineStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IQuarantineStore
{
    public Task<long> AddAsync(string source, DocumentOrigin origin, string error, ReadOnlyMemory<byte>? content, string? contentType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return connections.ExecuteAsync(async (connection, token) =>
        {
            await using SqliteCommand insert = BlobCommand.Create(
                connection,
                null,
                "INSERT INTO quarantine (source, origin_file, origin_url, error, content, content_type, created_at) " +
                "VALUES (@Source, @File, @Url, @Error, @Content, @ContentType, @Now) RETURNING id",
                ("@Source", source), ("@File", origin.File), ("@Url", origin.Url), ("@Error", error), ("@Content", content?.ToArray()),
                ("@ContentType", contentType), ("@Now", StoreTime.Write(timeProvider.GetUtcNow())));
            return Convert.ToInt64(await insert.ExecuteScalarAsync(token).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<QuarantineEntry>> ListAsync(int limit, bool includeReplayed, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync<IReadOnlyList<QuarantineEntry>>(async (connection, token) =>
        {
            // The list leaves out the raw bytes: they can be megabytes each and `show` prints them.
            IEnumerable<QuarantineRow> rows = await connection.QueryAsync<QuarantineRow>(
                "SELECT * FROM (SELECT id AS Id, source AS Source, origin_file AS OriginFile, origin_url AS OriginUrl, error AS Error, " +
                "content_type AS ContentType, created_at AS CreatedAt, replayed_at AS ReplayedAt FROM quarantine " +
                "WHERE @All OR replayed_at IS NULL ORDER BY id DESC LIMIT @Limit) ORDER BY Id",
                new { All = includeReplayed, Limit = limit }).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToEntry())];
        }, cancellationToken);

    public Task<QuarantineEntry?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(async (connection, token) =>
        {
            QuarantineRow? row = await connection.QuerySingleOrDefaultAsync<QuarantineRow>(
                $"SELECT {QuarantineRow.Columns} FROM quarantine WHERE id = @Id", new { Id = id }).ConfigureAwait(false);
            return row?.ToEntry();
        }, cancellationToken);

    public Task MarkReplayedAsync(long id, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE quarantine SET replayed_at = @Now WHERE id = @Id",
            new { Now = StoreTime.Write(timeProvider.GetUtcNow()), Id = id }), cancellationToken);

    public Task UpdateErrorAsync(long id, string error, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE quarantine SET error = @Error WHERE id = @Id", new { Error = error, Id = id }), cancellationToken);
}
