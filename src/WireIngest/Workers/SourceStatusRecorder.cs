using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>
/// Writes each finished poll to <c>source_status</c>: the counts added since the last record (the run's summaries only grow),
/// so the stored totals add up across runs. A failed write is logged and left for the next poll; it never stops a source.
/// </summary>
internal sealed class SourceStatusRecorder(SqliteStore store, WorkerState state, ILogger<SourceStatusRecorder> logger)
{
    private readonly Dictionary<string, SourcePoll> _recorded = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Records a finished poll of <paramref name="source"/>, with its error when it failed.</summary>
    public Task RecordAsync(string source, string? error, CancellationToken cancellationToken) =>
        WriteAsync(source, error, countsOnly: false, cancellationToken);

    /// <summary>At stop, after the ingest workers drained: the counts not recorded yet, without touching poll times.</summary>
    public async Task FlushCountsAsync()
    {
        foreach (SourceSummary summary in state.Summaries)
        {
            await WriteAsync(summary.Source, null, countsOnly: true, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(string source, string? error, bool countsOnly, CancellationToken cancellationToken)
    {
        SourceSummary now = state.For(source);
        SourcePoll total = new(source, now.Seen, now.New, now.Updated, now.Duplicate, now.Stale, now.Failed, error);
        SourcePoll delta;
        lock (_gate)
        {
            delta = Minus(total, _recorded.GetValueOrDefault(source));
            _recorded[source] = total;
        }

        try
        {
            await (countsOnly ? store.SourceStatus.AddCountsAsync(delta, cancellationToken) : store.SourceStatus.RecordAsync(delta, cancellationToken)).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            lock (_gate)
            {
                // Not written: the next record carries these counts again.
                _recorded[source] = Minus(_recorded[source], delta);
            }

            WorkerLog.StatusNotRecorded(logger, source, ex.Message);
        }
    }

    private static SourcePoll Minus(SourcePoll total, SourcePoll? part) => part is null ? total : total with
    {
        Seen = total.Seen - part.Seen, New = total.New - part.New, Updated = total.Updated - part.Updated,
        Duplicate = total.Duplicate - part.Duplicate, Stale = total.Stale - part.Stale, Failed = total.Failed - part.Failed,
    };
}
