using Microsoft.Extensions.Logging;

namespace WireIngest.Core.Ingestion;

/// <summary>Log events of ingestion.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "{Input}: failed, quarantined as {QuarantineId}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string input, long quarantineId, string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "{Input}: {Reason}")]
    public static partial void StoryRejected(ILogger logger, string input, string reason);
}
