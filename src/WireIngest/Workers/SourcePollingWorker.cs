using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Sources;

namespace WireIngest.Workers;

/// <summary>One loop per source: poll, write what was found to the bounded channel (waiting when it is full), wait for the next poll.</summary>
internal sealed class SourcePollingWorker(
    SourceRegistry sources,
    Channel<WorkItem> channel,
    WorkerState state,
    SourcePollClock clock,
    SourceStatusRecorder recorder,
    IHostApplicationLifetime lifetime,
    ILogger<SourcePollingWorker> logger) : GuardedWorker(state, lifetime, logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(sources.Sources.Select(source => PollLoopAsync(source, stoppingToken))).ConfigureAwait(false);
        }
        finally
        {
            // The ingest workers drain what is buffered and stop.
            channel.Writer.TryComplete();
        }
    }

    private async Task PollLoopAsync(IWireSource source, CancellationToken stoppingToken)
    {
        bool failing = false;
        do
        {
            string? error = null;
            try
            {
                await foreach (SourceDocument document in sources.PollAsync(source, stoppingToken).ConfigureAwait(false))
                {
                    await channel.Writer.WriteAsync(new WorkItem(source, document), stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failing source (folder gone, store busy) is tried again at its next poll; the other sources go on.
                error = ex.Message;
            }

            // A poll that handed out what it could but not all (an index unreachable) leaves the source failing too.
            error ??= source.LastPollError;
            if (error is not null && !failing)
            {
                WorkerLog.PollFailed(logger, source.Name, error);
            }
            else if (error is null && failing)
            {
                WorkerLog.SourceRecovered(logger, source.Name);
            }

            // One event per state change, not one per poll: a source down for a day logs twice.
            failing = error is not null;

            clock.MarkPolled(source.Name);
            await recorder.RecordAsync(source.Name, error, stoppingToken).ConfigureAwait(false);
        }
        while (await source.WaitForNextPollAsync(stoppingToken).ConfigureAwait(false));
    }
}
