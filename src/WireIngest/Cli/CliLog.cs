using Microsoft.Extensions.Logging;

namespace WireIngest.Cli;

/// <summary>Log events of the verbs themselves (configuration problems): one line naming the setting.</summary>
internal static partial class CliLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Critical, Message = "WireIngest:Sources:{Index}:Kind: unknown source kind '{Kind}' (supported: folder)")]
    public static partial void UnknownSourceKind(ILogger logger, int index, string kind);

    [LoggerMessage(EventId = 11, Level = LogLevel.Critical, Message = "WireIngest:Sources:{Index}:Path: folder '{Path}' does not exist (relative paths resolve against {WorkingDirectory})")]
    public static partial void MissingSourceFolder(ILogger logger, int index, string path, string workingDirectory);
}
