using Microsoft.Extensions.Logging;

namespace WireIngest.Core.Sources.Http;

/// <summary>Log events of the HTTP source.</summary>
internal static partial class HttpSourceLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Source {Source}: index {Index}: {Count} item(s) skipped: {Errors}")]
    public static partial void BrokenItems(ILogger logger, string source, string index, int count, string errors);

    [LoggerMessage(EventId = 501, Level = LogLevel.Debug, Message = "Source {Source}: {Url} not modified")]
    public static partial void NotModified(ILogger logger, string source, string url);
}
