using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace WireIngest.Core.Storage;

/// <summary><see cref="IOutboxStore"/> over the <c>outbox</c> table.</summary>
internal sealed class SqliteOutboxStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IOutboxStore
{
    /// <summary>The quarantine's source name for messages the broker refused.</summary>
    internal const string RejectedSource = "outbox";

    public Task<IReadOnlyList<OutboxMessage>> GetDueAsync(int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            connection => connection.QueryAsync<OutboxRow>(
                $"SELECT {OutboxRow.Columns} FROM outbox WHERE state = 0 AND available_at <= @Now ORDER BY seq LIMIT @Limit",
                new { Now = StoreTime.Write(timeProvider.GetUtcNow()), Limit = limit }),
            cancellationToken);

    public Task MarkPublishedAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        string now = StoreTime.Write(timeProvider.GetUtcNow());
        string ids = JsonSerializer.Serialize(messageIds, StorageJson.Default.IReadOnlyCollectionString);
        return connections.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            // One statement for the whole batch (ids as a JSON array): a statement per id cost as much as the broker send.
            int marked = await connection.ExecuteAsync(
                "UPDATE outbox SET state = 1, published_at = @Now WHERE message_id IN (SELECT value FROM json_each(@Ids))",
                new { Now = now, Ids = ids }, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
            return marked;
        }, cancellationToken);
    }

    public Task MarkFailedAsync(string messageId, string error, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(
            (connection, _) => connection.ExecuteAsync(
                "UPDATE outbox SET attempts = attempts + 1, last_error = @Error WHERE message_id = @MessageId",
                new { Error = error, MessageId = messageId }),
            cancellationToken);

    public Task MarkRejectedAsync(string messageId, string reason, CancellationToken cancellationToken = default)
    {
        string now = StoreTime.Write(timeProvider.GetUtcNow());
        return connections.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            // The quarantine row keeps the body, so an operator can see what was too large; the id is in the error line.
            int moved = await connection.ExecuteAsync(
                "INSERT INTO quarantine (source, error, content, content_type, created_at) " +
                "SELECT @Source, 'message ' || message_id || ': ' || @Reason, body, 'application/json', @Now FROM outbox WHERE message_id = @MessageId AND state = 0",
                new { Source = RejectedSource, Reason = reason, Now = now, MessageId = messageId }, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "UPDATE outbox SET state = 2, last_error = @Reason WHERE message_id = @MessageId AND state = 0",
                new { Reason = reason, MessageId = messageId }, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
            return moved;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            connection => connection.QueryAsync<OutboxRow>(
                $"SELECT * FROM (SELECT {OutboxRow.Columns} FROM outbox ORDER BY seq DESC LIMIT @Limit) ORDER BY Seq", new { Limit = limit }),
            cancellationToken);

    public async Task<OutboxMessage?> GetAsync(string messageId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<OutboxMessage> found = await QueryAsync(
            connection => connection.QueryAsync<OutboxRow>($"SELECT {OutboxRow.Columns} FROM outbox WHERE message_id = @MessageId", new { MessageId = messageId }),
            cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public async IAsyncEnumerable<OutboxMessage> ReadAllAsync(OutboxState state, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Pages by seq, so an export of a large queue holds one page in memory, never the whole table.
        const int PageSize = 500;
        long after = 0;
        while (true)
        {
            List<OutboxRow> page = await connections.ExecuteAsync(async (connection, token) =>
            {
                IEnumerable<OutboxRow> rows = await connection.QueryAsync<OutboxRow>(
                    $"SELECT {OutboxRow.Columns} FROM outbox WHERE state = @State AND seq > @After ORDER BY seq LIMIT @Limit",
                    new { State = (int)state, After = after, Limit = PageSize }).ConfigureAwait(false);
                return rows.ToList();
            }, cancellationToken).ConfigureAwait(false);

            foreach (OutboxRow row in page)
            {
                after = row.Seq;
                yield return row.ToMessage();
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(
            (connection, token) => connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE state = 0"),
            cancellationToken);

    // Each query stays a direct Dapper call at its call site, where Dapper.AOT sees its SQL and parameter type.
    private Task<IReadOnlyList<OutboxMessage>> QueryAsync(Func<SqliteConnection, Task<IEnumerable<OutboxRow>>> query, CancellationToken cancellationToken) =>
        connections.ExecuteAsync<IReadOnlyList<OutboxMessage>>(async (connection, _) =>
        {
            IEnumerable<OutboxRow> rows = await query(connection).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToMessage())];
        }, cancellationToken);
}
