using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WireIngest.Core.Sources;
using WireIngest.Workers;

namespace WireIngest.Cli;

/// <summary>
/// <c>wireingest sources check</c>: validates the configuration (exit 1 on a bad setting, like every verb) and reaches every
/// source once: a folder exists and can be read; each HTTP index and page answers and robots.txt allows it. One line per source,
/// <c>NAME  OK</c> or <c>NAME  FAIL reason</c>; exit 0 when all are OK, 2 when some source fails. Nothing is ingested or stored.
/// </summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var check = new Command("check", "Validate the configuration and reach every source once; one line per source, OK or FAIL with the reason.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        check.SetAction((parse, cancellationToken) => VerbHost.RunAsync(parse.UnmatchedTokens, withSources: true, hosted: false, configure: null,
            async (services, token) =>
            {
                TextWriter output = parse.InvocationConfiguration.Output;
                bool allOk = true;
                foreach (IWireSource source in services.GetRequiredService<SourceRegistry>().Sources)
                {
                    SourceCheck result = await source.CheckAsync(token).ConfigureAwait(false);
                    allOk &= result.Succeeded;
                    await output.WriteLineAsync(result.Succeeded ? $"{source.Name,-16}  OK" : $"{source.Name,-16}  FAIL {result.Reason}").ConfigureAwait(false);
                }

                await output.FlushAsync(token).ConfigureAwait(false);
                return allOk ? ExitCodes.Success : ExitCodes.InputFailed;
            },
            cancellationToken));
        return new Command("sources", "The configured sources.") { check };
    }
}
