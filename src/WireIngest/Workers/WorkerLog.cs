using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>Log events of the hosted pipeline and <c>run --once</c>.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "{Source}: seen {Seen}, new {NewArticles}, updated {Updated}, duplicate {Duplicate}, stale {Stale}, failed {Failed}")]
    public static partial void SourceSummary(ILogger logger, string source, int seen, int newArticles, int updated, int duplicate, int stale, int failed);

    [LoggerMessage(EventId = 401, Level = LogLevel.Error, Message = "{Input}: the store could not take it, left for a later poll: {Reason}")]
    public static partial void StoreFailed(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Source {Source}: failing, retried at each poll until it recovers: {Reason}")]
    public static partial void PollFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "Outbox: {Published} published, {Failed} failed, {Pending} pending (held or undelivered)")]
    public static partial void RelaySummary(ILogger logger, int published, int failed, int pending);

    [LoggerMessage(EventId = 404, Level = LogLevel.Critical, Message = "{Worker} stopped on an unhandled error")]
    public static partial void WorkerFailed(ILogger logger, string worker, Exception exception);

    [LoggerMessage(EventId = 405, Level = LogLevel.Information, Message = "Store {Path}: schema version {From} -> {To}")]
    public static partial void Migrated(ILogger logger, string path, int from, int to);

    [LoggerMessage(EventId = 407, Level = LogLevel.Debug, Message = "{Input}: {Outcome} {ArticleId} version {Version} ({Agency}, source {Source})")]
    public static partial void StorySaved(ILogger logger, string input, SaveOutcome outcome, string articleId, int version, string? agency, string source);

    [LoggerMessage(EventId = 408, Level = LogLevel.Error, Message = "{Input}: stored, but could not be recorded or moved; tried again at the next poll: {Reason}")]
    public static partial void AcknowledgeFailed(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 409, Level = LogLevel.Information, Message = "Publishing to Service Bus {EntityKind} {Entity} on {Namespace} ({SignIn})")]
    public static partial void PublishingToServiceBus(ILogger logger, string entityKind, string entity, string @namespace, string signIn);

    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Health endpoint on {Url}: /healthz, /readyz, /metrics")]
    public static partial void HealthListening(ILogger logger, string url);

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "Source {Source}: status not recorded, written with the next poll: {Reason}")]
    public static partial void StatusNotRecorded(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 412, Level = LogLevel.Information, Message = "Source {Source}: recovered, polled without error")]
    public static partial void SourceRecovered(ILogger logger, string source);
    [LoggerMessage(EventId = 413, Level = LogLevel.Information, Message = "Retention: removed {PublishedMessages} published messages, {SupersededVersions} superseded versions and {ProcessedFiles} processed files older than {Days} days")]
    public static partial void RetentionPruned(ILogger logger, int publishedMessages, int supersededVersions, int processedFiles, int days);

    [LoggerMessage(EventId = 414, Level = LogLevel.Error, Message = "Retention: removed {ProcessedFiles} processed files, the store could not be pruned, tried again tomorrow: {Reason}")]
    public static partial void RetentionFailed(ILogger logger, int processedFiles, string reason);

    [LoggerMessage(EventId = 415, Level = LogLevel.Error, Message = "Outbox relay failed, messages stay pending and are tried again at the next pass: {Reason}")]
    public static partial void RelayFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 406, Level = LogLevel.Critical, Message = "{Setting}")]
    public static partial void InvalidSetting(ILogger logger, string setting);
}
