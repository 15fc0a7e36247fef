using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Publishing;

namespace WireIngest.Workers;

/// <summary>Relays due outbox messages whenever woken by an ingest, and at every relay interval (embargoes end, failures retry).</summary>
internal sealed class OutboxRelayWorker(
    OutboxRelay relay,
    RelaySignal signal,
    WorkerState state,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxRelayWorker> logger) : GuardedWorker(state, lifetime, logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await relay.RelayDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                // A full disk or a busy store is not fatal: the messages stay pending and the next pass tries again.
                WorkerLog.RelayFailed(logger, ex.Message);
            }
        }
        while (await signal.WaitAsync(stoppingToken).ConfigureAwait(false));
    }
}
