using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WireIngest.Workers;

/// <summary>
/// Reads the channel with <see cref="WorkerOptions.IngestConcurrency"/> readers; each document is one unit of work in its own
/// scope. On stop the document in flight is cancelled, its transaction rolls back, and it stays in its source for the next run.
/// </summary>
internal sealed class IngestWorker(
    Channel<WorkItem> channel,
    DocumentProcessor processor,
    RelaySignal relay,
    IOptions<WorkerOptions> options,
    WorkerState state,
    IHostApplicationLifetime lifetime,
    ILogger<IngestWorker> logger) : GuardedWorker(state, lifetime, logger)
{
    protected override Task RunAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.IngestConcurrency).Select(_ => ReadLoopAsync(stoppingToken)));

    private async Task ReadLoopAsync(CancellationToken stoppingToken)
    {
        await foreach (WorkItem item in channel.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (await processor.ProcessAsync(item.Source, item.Document, stoppingToken).ConfigureAwait(false))
            {
                relay.Notify();
            }
        }
    }
}
