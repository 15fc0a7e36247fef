using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;
using WireIngest.Workers;

namespace WireIngest.Cli;

/// <summary><c>wireingest migrate</c>: creates the store or brings its schema up to date.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the SQLite store (default ./data/wireingest.db) or apply the missing schema migrations.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => VerbHost.RunAsync(parse.UnmatchedTokens, withSources: false, hosted: false, configure: null,
            async (services, token) =>
            {
                SqliteStore store = services.GetRequiredService<SqliteStore>();
                (int from, int to) = await store.Migrator.MigrateAsync(token).ConfigureAwait(false);
                ILogger logger = services.GetRequiredService<ILogger<SqliteStore>>();
                string path = store.Connections.DatabasePath;
                WorkerLog.Migrated(logger, path, from, to);
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
