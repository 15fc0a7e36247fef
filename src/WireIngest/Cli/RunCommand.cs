using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WireIngest.Workers;

namespace WireIngest.Cli;

/// <summary>
/// <c>wireingest run [--once]</c>: the durable worker over the configured sources (default: the samples/inbox folder, scan mode),
/// storing versions in SQLite (default <c>./data/wireingest.db</c>) and publishing through the outbox to the embedded queue.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Poll every source once, ingest everything, relay the outbox until empty, print a summary per source and exit." };
        var command = new Command(
            "run",
            "Run the ingestion worker over the configured sources (default: the samples/inbox folder, scan mode) until stopped. " +
            "Settings can be overridden as --WireIngest:Key=value.")
        {
            once,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => ExecuteAsync(parse.UnmatchedTokens, parse.GetValue(once), configure: null, cancellationToken));
        return command;
    }

    /// <summary>Runs the worker; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(IReadOnlyList<string> configArgs, bool once, Action<IServiceCollection>? configure, CancellationToken cancellationToken) =>
        VerbHost.RunAsync(configArgs, withSources: true, hosted: !once, configure,
            (services, token) => services.GetRequiredService<OnceRunner>().RunAsync(token), cancellationToken, dataOnStdout: false);
}
