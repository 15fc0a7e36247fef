using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Pipeline;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Core.Telemetry;

namespace WireIngest.Core.Ingestion;

/// <summary>
/// One unit of work: a document through extraction, normalisation and the store. A bad document goes to quarantine with its
/// error and origin; only a failing store (disk full, database broken) escapes, because then nothing can be recorded at all.
/// </summary>
public sealed class DocumentIngestor(
    DocumentReader reader,
    ArticlePipeline pipeline,
    IArticleStore store,
    IQuarantineStore quarantine,
    ILogger<DocumentIngestor> logger)
{
    /// <summary>Ingests a document a source found.</summary>
    /// <exception cref="SqliteException">The store failed; nothing of this document was half-written.</exception>
    public async Task<IngestResult> IngestAsync(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.ReadError is not null)
        {
            return await QuarantineAsync(document.Source, document.Origin, document.ReadError, null, document.ContentType, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // The transport's content type carries the HTTP charset to the decoder.
            RawDocument raw = reader.FromBytes(document.Content, document.Origin, document.ContentType);
            IReadOnlyList<SaveResult> saves = await StoreAsync(raw, cancellationToken).ConfigureAwait(false);
            return new IngestResult(DocumentOutcome.Ingested, saves);
        }
        catch (Exception ex) when (IsDocumentFailure(ex))
        {
            return await QuarantineAsync(document.Source, document.Origin, Describe(ex), document.Content, document.ContentType, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Extracts, normalises and stores every story of a document.</summary>
    /// <exception cref="DocumentRejectedException">The document yields no story; the message is the reason.</exception>
    public async Task<IReadOnlyList<SaveResult>> StoreAsync(RawDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentResult result = pipeline.Process(document, cancellationToken);
        foreach (string rejected in result.RejectedStories)
        {
            IngestionLog.StoryRejected(logger, document.Origin.DisplayName, rejected);
        }

        var saves = new List<SaveResult>(result.Articles.Count);
        foreach (Article article in result.Articles)
        {
            using Activity? activity = WireIngestActivities.Source.StartActivity("store");
            // One transaction per story: a crash between two re-ingests the document, and the first story is then a duplicate.
            SaveResult save = await store.SaveAsync(article, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(TelemetryTags.ArticleId, save.ArticleId).SetTag(TelemetryTags.Agency, save.Agency).SetTag(TelemetryTags.Outcome, TelemetryTags.OutcomeName(save.Outcome));
            saves.Add(save);
        }

        return saves;
    }

    /// <summary>A bad document, as opposed to cancellation or a failing store.</summary>
    public static bool IsDocumentFailure(Exception exception) =>
        exception is not (OperationCanceledException or SqliteException or OutOfMemoryException);

    /// <summary>The one-line reason stored with a failed document.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        DocumentRejectedException rejected => rejected.Message,
        IOException or UnauthorizedAccessException => "unreadable: " + exception.Message,
        _ => $"internal error {exception.GetType().Name}: {exception.Message}",
    };

    private async Task<IngestResult> QuarantineAsync(string source, DocumentOrigin origin, string error, ReadOnlyMemory<byte>? content, string? contentType,
        CancellationToken cancellationToken)
    {
        long id = await quarantine.AddAsync(source, origin, error, content, contentType, cancellationToken).ConfigureAwait(false);
        IngestionLog.Quarantined(logger, origin.DisplayName, id, error);
        return new IngestResult(DocumentOutcome.Quarantined(error), [], id);
    }
}
