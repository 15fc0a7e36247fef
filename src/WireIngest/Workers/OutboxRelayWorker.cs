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
            await relay.RelayDueAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await signal.WaitAsync(stoppingToken).ConfigureAwait(false));
    }
}
