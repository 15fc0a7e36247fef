using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WireIngest.Core.Storage;

namespace WireIngest.Cli;

/// <summary>An operator verb over the store (<c>queue</c>, <c>quarantine</c>): schema brought up to date first, data to the verb's output.</summary>
internal static class StoreVerb
{
    /// <summary>Creates the command; unknown <c>--WireIngest:Key=value</c> tokens are configuration overrides.</summary>
    public static Command Create(string name, string description, Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> body, params Symbol[] symbols)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        foreach (Symbol symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }

        command.SetAction((parse, cancellationToken) => VerbHost.RunAsync(parse.UnmatchedTokens, withSources: false, hosted: false, configure: null,
            async (services, token) =>
            {
                await services.GetRequiredService<SqliteStore>().Migrator.MigrateAsync(token).ConfigureAwait(false);
                TextWriter output = parse.InvocationConfiguration.Output;
                int code = await body(parse, services, output, token).ConfigureAwait(false);
                await output.FlushAsync(token).ConfigureAwait(false);
                return code;
            },
            cancellationToken));
        return command;
    }
}
