using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Win32.SafeHandles;
using Serilog;
using Serilog.Core;
using Serilog.Extensions.Logging;
using WireIngest.Core.Pipeline;
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
            // A one-shot data verb runs no hosted service: the same configuration, logger and stages without the generic
            // host, whose start-up costs more than extracting a small batch.
            // The second core pays the hot path's one-time costs while this one reads configuration and builds the logger.
            _ = PipelineWarmUp.Start();
            IConfigurationRoot configuration = WireIngestHost.CreateConfiguration([]);
            await using Logger log = WireIngestHost.ConfigureLogger(new LoggerConfiguration(), configuration, LogConsoleFormat.Stderr).CreateLogger();
            using var loggers = new SerilogLoggerFactory(log);
            await using ServiceProvider services = new ServiceCollection()
                .AddSingleton<ILoggerFactory>(loggers)
                .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
                .AddWireIngestCore(configuration)
                .AddSingleton<IngestRunner>()
                .BuildServiceProvider();
            await using Stream stdout = OpenStandardOutput();
            return await services.GetRequiredService<IngestRunner>()
                .RunAsync(parse.GetValue(paths)!, parse.GetValue(url), parse.GetValue(jsonl), stdout, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    // Not the console's stream on Unix: it swallows EPIPE, so a run whose reader went away (`wireingest ingest … | head`)
    // would extract and write every message into the void and report success. Writes to fd 1 itself fail instead.
    private static Stream OpenStandardOutput() => OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
