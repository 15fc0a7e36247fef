using System.CommandLine;

namespace WireIngest.Cli;

/// <summary>The command tree: one verb per stage an operator touches.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand() =>
        new("WireIngest: turns agency wire copy and syndicated pages into normalised ninjs messages.")
        {
            IngestCommand.Create(),
            RunCommand.Create(),
            MigrateCommand.Create(),
            QueueCommand.Create(),
            QuarantineCommand.Create(),
            StatusCommand.Create(),
            SourcesCommand.Create(),
            ProbeCommand.Create(),
        };
}
