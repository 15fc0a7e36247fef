using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WireIngest.Core.Storage;

namespace WireIngest.Hosting;

/// <summary>Readiness of the store: a write transaction that rewrites the schema version and rolls back (read-only file, full disk, lost volume fail it).</summary>
internal sealed class StoreWritableHealthCheck(SqliteStore store) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.Connections.ExecuteAsync(ProbeAsync, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The store takes writes.");
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"The store cannot be written: {ex.Message}");
        }
    }

    private static async Task<bool> ProbeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        long version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
        // Same value: the header page is written (so a read-only file fails) and nothing changes once rolled back.
        command.CommandText = $"PRAGMA user_version = {version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
