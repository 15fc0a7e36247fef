using Microsoft.Extensions.Logging;

namespace WireIngest.Cli;

/// <summary>Log events of the operator verbs themselves (<c>queue</c>, <c>quarantine</c>).</summary>
internal static partial class CliLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "No message {MessageId} in the queue")]
    public static partial void MessageNotFound(ILogger logger, string messageId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "queue export writes JSON lines: add --jsonl")]
    public static partial void ExportFormatMissing(ILogger logger);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "No quarantine entry {Id}")]
    public static partial void QuarantineEntryNotFound(ILogger logger, long id);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Quarantine {Id}: replay failed again: {Reason}")]
    public static partial void ReplayFailed(ILogger logger, long id, string reason);
}
