using Microsoft.Extensions.Logging;

namespace WireIngest.Core.Publishing;

/// <summary>Log events of the outbox relay.</summary>
internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Message {MessageId}: delivery failed, kept in the outbox: {Reason}")]
    public static partial void PublishFailed(ILogger logger, string messageId, string reason);
}
