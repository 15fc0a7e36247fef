using Dapper;
using Microsoft.Data.Sqlite;

namespace WireIngest.Core.Storage;

/// <summary><see cref="IRetentionStore"/> over the outbox and <c>article_versions</c>, in one transaction.</summary>
internal sealed class SqliteRetentionStore(SqliteConnectionFactory connections) : IRetentionStore
{
    public Task<PrunedRows> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        string before = StoreTime.Write(cutoff);
        return connections.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            // Only versions below the article's current one (identity and duplicate detection read the current version), and by
            // when they were stored (their outbox row's created_at), not by the provider's time: a replayed backlog is new here.
            int versions = await connection.ExecuteAsync(
                "DELETE FROM article_versions " +
                "WHERE version < (SELECT current_version FROM articles WHERE articles.article_id = article_versions.article_id) " +
                "AND (article_id, version) NOT IN (SELECT article_id, version FROM outbox WHERE created_at >= @Before)",
                new { Before = before }, transaction).ConfigureAwait(false);
            int messages = await connection.ExecuteAsync(
                "DELETE FROM outbox WHERE state = 1 AND published_at < @Before",
                new { Before = before }, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
            return new PrunedRows(messages, versions);
        }, cancellationToken);
    }
}
