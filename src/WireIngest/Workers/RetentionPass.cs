using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Hosting;

namespace WireIngest.Workers;

/// <summary>
/// One retention pass: published outbox rows, superseded article versions and drop folders' <c>processed/</c> files older than
/// <see cref="StorageOptions.RetentionDays"/> are removed, and one summary event is logged.
/// </summary>
internal sealed class RetentionPass(
    IRetentionStore store,
    IOptions<StorageOptions> storage,
    IOptions<SourceListOptions> sources,
    TimeProvider timeProvider,
    ILogger<RetentionPass> logger)
{
    /// <summary>Runs the pass; a store that cannot be written now is logged and left for the next pass.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int days = storage.Value.RetentionDays;
        DateTimeOffset cutoff = timeProvider.GetUtcNow() - TimeSpan.FromDays(days);
        int files = sources.Value.Sources.Sum(source => ProcessedFiles.Prune(source, cutoff));
        try
        {
            PrunedRows rows = await store.PruneAsync(cutoff, cancellationToken).ConfigureAwait(false);
            WorkerLog.RetentionPruned(logger, rows.PublishedMessages, rows.SupersededVersions, files, days);
        }
        catch (SqliteException ex)
        {
            WorkerLog.RetentionFailed(logger, files, ex.Message);
        }
    }
}
