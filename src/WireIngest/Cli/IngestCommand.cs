using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WireIngest.Hosting;
using WireIngest.Ingest;

namespace WireIngest.Cli;

/// <summary><c>wireingest ingest [--jsonl] [--url URL] PATH...</c>: documents in, messages on stdout.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (read recursively) to ingest.",
            Arity = ArgumentArity.OneOrMore,
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write one message per line instead of pretty JSON." };
        var url = new Option<string?>("--url") { Description = "The address the single input file was saved from." };
        var command = new Command("ingest", "Extract and normalise documents; print one ninjs message per story on stdout. Errors go to stderr, one line per input.")
        {
            paths, jsonl, url,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            HostApplicationBuilder builder = WireIngestHost.CreateBuilder([], dataOnStdout: true);
            builder.Services.AddSingleton<IngestRunner>();
            using IHost host = builder.Build();
            await using Stream stdout = Console.OpenStandardOutput();
            return await host.Services.GetRequiredService<IngestRunner>()
                .RunAsync(parse.GetValue(paths)!, parse.GetValue(url), parse.GetValue(jsonl), stdout, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }
}
