using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>Brings the schema up to date before any worker starts; a failure stops the start-up.</summary>
internal sealed class MigrationService(SqliteStore store, ILogger<MigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        (int from, int to) = await store.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        WorkerLog.Migrated(logger, store.Connections.DatabasePath, from, to);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
