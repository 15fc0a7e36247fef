using Microsoft.Extensions.Logging;

namespace WireIngest.Ingest;

/// <summary>Log events of the ingest verb.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "{Input}: rejected: {Reason}")]
    public static partial void InputRejected(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "{Input}: failed: {Reason}")]
    public static partial void InputFailed(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "{Input}: stack trace of the failure")]
    public static partial void InputFailedDetail(ILogger logger, string input, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "{Input}: {Reason}")]
    public static partial void StoryRejected(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "output failed, the run stops: {Reason}")]
    public static partial void OutputFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Ingested {Inputs} inputs: {Messages} messages, {Failed} failed")]
    public static partial void Summary(ILogger logger, int inputs, int messages, int failed);
}
