using Microsoft.Extensions.Logging;

namespace WireIngest.Core.Publishing;

/// <summary>Log events of the outbox relay and its circuit.</summary>
internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Message {MessageId}: delivery failed, kept in the outbox: {Reason}")]
    public static partial void PublishFailed(ILogger logger, string messageId, string reason);

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Relay stopped after {Delivered} of {Count} messages, the rest stay in the outbox: {Reason}")]
    public static partial void BatchStopped(ILogger logger, int delivered, int count, string reason);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Message {MessageId}: refused by the broker for good, quarantined: {Reason}")]
    public static partial void Rejected(ILogger logger, string messageId, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Publishing paused for {BreakDuration}: the broker keeps failing ({Reason}); messages wait in the outbox")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, string reason);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Publishing: trying the broker again")]
    public static partial void CircuitHalfOpened(ILogger logger);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "Publishing resumed: the broker accepts messages again")]
    public static partial void CircuitClosed(ILogger logger);
}
