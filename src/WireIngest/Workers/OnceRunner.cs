using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Cli;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Publishing;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>
/// <c>run --once</c>: migrate, poll every source once and ingest everything found, relay the outbox until nothing due is left,
/// log a summary per source, and return the exit code.
/// </summary>
internal sealed class OnceRunner(
    SqliteStore store,
    SourceRegistry sources,
    DocumentProcessor processor,
    OutboxRelay relay,
    WorkerState state,
    SourceStatusRecorder recorder,
    IOptions<WorkerOptions> options,
    ILogger<OnceRunner> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        (int from, int to) = await store.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        WorkerLog.Migrated(logger, store.Connections.DatabasePath, from, to);
        foreach (IWireSource source in sources.Sources)
        {
            SourceSummary summary = state.For(source.Name);
            string? error = null;
            try
            {
                await Parallel.ForEachAsync(
                    sources.PollAsync(source, cancellationToken),
                    new ParallelOptions { MaxDegreeOfParallelism = options.Value.IngestConcurrency, CancellationToken = cancellationToken },
                    async (document, token) => await processor.ProcessAsync(source, document, token).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = ex.Message;
            }

            error ??= source.LastPollError;
            if (error is not null)
            {
                summary.AddFailure();
                WorkerLog.PollFailed(logger, source.Name, error);
            }

            await recorder.RecordAsync(source.Name, error, cancellationToken).ConfigureAwait(false);
            WorkerLog.SourceSummary(logger, summary.Source, summary.Seen, summary.New, summary.Updated, summary.Duplicate, summary.Stale, summary.Failed);
        }

        RelayResult relayed = await relay.RelayDueAsync(cancellationToken).ConfigureAwait(false);
        int pending = await store.Outbox.CountPendingAsync(cancellationToken).ConfigureAwait(false);
        WorkerLog.RelaySummary(logger, relayed.Published, relayed.Failed, pending);
        return relayed.Failed > 0 || relayed.Halted ? ExitCodes.PublishFailed : state.ExitCode;
    }
}
