using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireIngest.Hosting;
using WireIngest.Ingest;

namespace WireIngest.Cli;

/// <summary>
/// <c>wireingest run</c>: polls every configured source once and prints the messages (JSON lines) on stdout.
/// The embedded defaults read <c>samples/inbox</c>, so it runs on a fresh clone with no setup.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Ingest every configured source (default: the samples/inbox folder) once and print the messages as JSON lines.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            HostApplicationBuilder builder = WireIngestHost.CreateBuilder([], dataOnStdout: true);
            builder.Services.AddSingleton<IngestRunner>();
            using IHost host = builder.Build();
            var logger = host.Services.GetRequiredService<ILogger<IngestRunner>>();
            List<SourceOptions> sources = builder.Configuration.GetSection("WireIngest:Sources").Get<List<SourceOptions>>() ?? [new SourceOptions { Name = "samples" }];
            for (int i = 0; i < sources.Count; i++)
            {
                SourceOptions source = sources[i];
                if (!string.Equals(source.Kind, "folder", StringComparison.OrdinalIgnoreCase))
                {
                    CliLog.UnknownSourceKind(logger, i, source.Kind);
                    return ExitCodes.Fatal;
                }

                if (!Directory.Exists(source.Path))
                {
                    CliLog.MissingSourceFolder(logger, i, source.Path, Environment.CurrentDirectory);
                    return ExitCodes.Fatal;
                }
            }

            await using Stream stdout = Console.OpenStandardOutput();
            return await host.Services.GetRequiredService<IngestRunner>()
                .RunAsync([.. sources.Select(s => s.Path)], url: null, jsonLines: true, stdout, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }
}
