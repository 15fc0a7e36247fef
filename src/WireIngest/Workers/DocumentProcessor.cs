using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Core.Telemetry;

namespace WireIngest.Workers;

/// <summary>
/// One unit of work for both <c>run</c> and <c>run --once</c>: a scope, the ingest, then the source's acknowledgement (record or
/// move) after the outcome is committed. When the store itself fails the document is released untouched for a later poll.
/// </summary>
internal sealed class DocumentProcessor(IServiceScopeFactory scopes, WorkerState state, WireIngestMetrics metrics, TimeProvider timeProvider, ILogger<DocumentProcessor> logger)
{
    /// <summary>Processes the document; <c>true</c> when its outcome was committed (ingested or quarantined).</summary>
    public async Task<bool> ProcessAsync(IWireSource source, SourceDocument document, CancellationToken cancellationToken)
    {
        SourceSummary summary = state.For(source.Name);
        // Every event about this document (quarantine, rejected story, store failure) carries its source.
        using IDisposable? logScope = logger.BeginScope(new Dictionary<string, object> { ["Source"] = source.Name });
        if (document.Unchanged)
        {
            summary.AddUnchanged();
            metrics.RecordUnchanged(source.Name);
            await AcknowledgeAsync(source, document, DocumentOutcome.Ingested).ConfigureAwait(false);
            return false;
        }

        // The document's root activity: extract, normalize and store are its children.
        using Activity? activity = WireIngestActivities.Source.StartActivity("ingest");
        activity?.SetTag(TelemetryTags.Source, source.Name).SetTag(TelemetryTags.Document, document.Origin.DisplayName);
        long started = timeProvider.GetTimestamp();
        IngestResult result;
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<DocumentIngestor>().IngestAsync(document, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SqliteException or IOException)
        {
            source.Abandon(document);
            summary.AddFailure();
            metrics.RecordFailure(source.Name);
            metrics.RecordIngest(source.Name, "failed", timeProvider.GetElapsedTime(started));
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            WorkerLog.StoreFailed(logger, document.Origin.DisplayName, ex.Message);
            return false;
        }
        catch
        {
            // Cancelled (SIGTERM): the transaction rolled back; the document stays where it is for the next run.
            source.Abandon(document);
            throw;
        }

        summary.Add(result);
        metrics.Record(source.Name, result);
        metrics.RecordIngest(source.Name, result.Outcome.Failed ? "quarantined" : "ingested", timeProvider.GetElapsedTime(started));
        Tag(activity, result);
        foreach (SaveResult save in result.Saves)
        {
            WorkerLog.StorySaved(logger, document.Origin.DisplayName, save.Outcome, save.ArticleId, save.Version, save.Agency, source.Name);
        }

        await AcknowledgeAsync(source, document, result.Outcome).ConfigureAwait(false);
        return true;
    }

    private static void Tag(Activity? activity, IngestResult result)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.Outcome, result.Outcome.Failed ? "quarantined" : "ingested").SetTag(TelemetryTags.Count, result.Saves.Count);
        // One story (the usual case): its id and agency on the document's activity too; several: each on its store activity.
        if (result.Saves is [SaveResult only])
        {
            activity.SetTag(TelemetryTags.ArticleId, only.ArticleId).SetTag(TelemetryTags.Agency, only.Agency);
        }
    }

    /// <summary>
    /// Records or moves the document. Not cancelled: the outcome is committed, so finishing this is cheap and right. A failure
    /// (no permission on <c>processed/</c>) leaves the file for the next poll, where the store sees a duplicate and it is tried again.
    /// </summary>
    private async Task AcknowledgeAsync(IWireSource source, SourceDocument document, DocumentOutcome outcome)
    {
        try
        {
            await source.CompleteAsync(document, outcome, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            WorkerLog.AcknowledgeFailed(logger, document.Origin.DisplayName, ex.Message);
        }
    }
}
