using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Core.Ingestion;

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
    SourceStatusRecorder recorder,
    IHostApplicationLifetime lifetime,
    ILogger<IngestWorker> logger) : GuardedWorker(state, lifetime, logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.Value.IngestConcurrency).Select(_ => ReadLoopAsync(stoppingToken))).ConfigureAwait(false);
        }
        finally
        {
            foreach (SourceSummary summary in State.Summaries)
            {
                WorkerLog.SourceSummary(logger, summary.Source, summary.Seen, summary.New, summary.Updated, summary.Duplicate, summary.Stale, summary.Failed);
            }

            // What was ingested since each source's last poll record would be lost with the process.
            await recorder.FlushCountsAsync().ConfigureAwait(false);
        }
    }

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
