using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Core.Ingestion;

namespace WireIngest.Workers;

/// <summary>
/// Reads the channel with <see cref="WorkerOptions.IngestConcurrency"/> readers; each document is one unit of work in its own
/// scope. On stop no new document is taken and the documents in flight are finished; only when the host's shutdown timeout
/// (<see cref="WorkerOptions.ShutdownTimeout"/>) runs out are they cancelled: their transactions roll back and they stay in
/// their sources for the next run.
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
    private readonly CancellationTokenSource _abandon = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host cancels its token when the shutdown timeout runs out: only then is the work in flight given up.
        await using CancellationTokenRegistration abandon = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

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
            if (await processor.ProcessAsync(item.Source, item.Document, _abandon.Token).ConfigureAwait(false))
            {
                relay.Notify();
            }
        }
    }
}
