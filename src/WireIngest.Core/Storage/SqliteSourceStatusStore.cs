using Dapper;
using Microsoft.Data.Sqlite;

namespace WireIngest.Core.Storage;

/// <summary><see cref="ISourceStatusStore"/> over the <c>source_status</c>, <c>outbox</c> and <c>quarantine</c> tables.</summary>
internal sealed class SqliteSourceStatusStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : ISourceStatusStore
{
    private const string AddCounts =
        "seen = seen + excluded.seen, new_articles = new_articles + excluded.new_articles, updated = updated + excluded.updated, " +
        "duplicate = duplicate + excluded.duplicate, stale = stale + excluded.stale, failed = failed + excluded.failed";

    public Task AddCountsAsync(SourcePoll counts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        // The upsert's conflict branch with "excluded" as the given counts; a source never recorded has no row to add to.
        return connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "INSERT INTO source_status (source, last_poll_at, seen, new_articles, updated, duplicate, stale, failed) " +
            "SELECT @Source, '', @Seen, @New, @Updated, @Duplicate, @Stale, @Failed WHERE EXISTS (SELECT 1 FROM source_status WHERE source = @Source) " +
            $"ON CONFLICT (source) DO UPDATE SET {AddCounts}",
            new { counts.Source, counts.Seen, counts.New, counts.Updated, counts.Duplicate, counts.Stale, counts.Failed }), cancellationToken);
    }

    public Task RecordAsync(SourcePoll poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        string now = StoreTime.Write(timeProvider.GetUtcNow());
        // One upsert: counts add up, the success time moves only on success, the error stays until the next error replaces it.
        return connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "INSERT INTO source_status (source, last_poll_at, last_success_at, seen, new_articles, updated, duplicate, stale, failed, last_error, last_error_at) " +
            "VALUES (@Source, @Now, CASE WHEN @Error IS NULL THEN @Now END, @Seen, @New, @Updated, @Duplicate, @Stale, @Failed, @Error, CASE WHEN @Error IS NOT NULL THEN @Now END) " +
            "ON CONFLICT (source) DO UPDATE SET last_poll_at = excluded.last_poll_at, " +
            "last_success_at = COALESCE(excluded.last_success_at, last_success_at), " +
            $"{AddCounts}, last_error = COALESCE(excluded.last_error, last_error), last_error_at = COALESCE(excluded.last_error_at, last_error_at)",
            new { poll.Source, Now = now, poll.Error, poll.Seen, poll.New, poll.Updated, poll.Duplicate, poll.Stale, poll.Failed }), cancellationToken);
    }

    public Task<StoreStatus> ReadAsync(CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            IEnumerable<SourceStatusRow> rows = await connection.QueryAsync<SourceStatusRow>(
                $"SELECT {SourceStatusRow.Columns} FROM source_status ORDER BY source", transaction: transaction).ConfigureAwait(false);
            QueueCountsRow counts = await connection.QuerySingleAsync<QueueCountsRow>(
                "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 0) AS Pending, (SELECT COUNT(*) FROM outbox WHERE state = 2) AS Rejected, " +
                "(SELECT MIN(created_at) FROM outbox WHERE state = 0) AS Oldest, (SELECT COUNT(*) FROM quarantine WHERE replayed_at IS NULL) AS Quarantined",
                transaction: transaction).ConfigureAwait(false);
            return new StoreStatus([.. rows.Select(r => r.ToStatus())], (int)counts.Pending, (int)counts.Rejected, StoreTime.ReadNullable(counts.Oldest), (int)counts.Quarantined);
        }, cancellationToken);
}
