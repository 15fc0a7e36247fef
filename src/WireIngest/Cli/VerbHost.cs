using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using WireIngest.Hosting;
using WireIngest.Workers;

namespace WireIngest.Cli;

/// <summary>
/// Runs a verb of the durable worker in its host: configuration overrides from the command line (<c>--WireIngest:Key=value</c>),
/// options validated before anything runs, and a configuration or store failure turned into one log line and exit code 1.
/// </summary>
internal static class VerbHost
{
    /// <summary>Builds the host, validates its options and runs <paramref name="body"/>.</summary>
    /// <param name="configArgs">Configuration overrides.</param>
    /// <param name="withSources">Register the sources and the worker (the <c>run</c> verbs), not only the store.</param>
    /// <param name="hosted">Register the hosted loops (<c>run</c> without <c>--once</c>).</param>
    /// <param name="configure">Extra registrations (tests add a fake logger or clock).</param>
    /// <param name="body">The verb.</param>
    /// <param name="cancellationToken">Cancelled on SIGTERM / Ctrl+C.</param>
    /// <param name="dataOnStdout">The verb prints data on stdout (every verb but <c>run</c>), so log events go to stderr.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> configArgs, bool withSources, bool hosted, Action<IServiceCollection>? configure,
        Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken, bool dataOnStdout = true)
    {
        HostApplicationBuilder builder = WireIngestHost.CreateBuilder([.. configArgs], dataOnStdout);
        if (withSources)
        {
            builder.Services.AddWireIngestWorker(hosted);
        }
        else
        {
            builder.Services.AddWireIngestStorage();
        }

        configure?.Invoke(builder.Services);
        using IHost host = builder.Build();
        // Created now, not at host start: verbs that run no host (run --once) export their traces too, flushed on dispose.
        _ = host.Services.GetService<TracerProvider>();
        ILogger logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WireIngest");
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            if (!hosted)
            {
                return await body(host.Services, cancellationToken).ConfigureAwait(false);
            }

            // RunAsync disposes the host, so the state is taken first.
            WorkerState state = host.Services.GetRequiredService<WorkerState>();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return state.Fatal ? ExitCodes.Fatal : ExitCodes.Success;
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (string failure in failures)
            {
                WorkerLog.InvalidSetting(logger, failure);
            }

            return ExitCodes.Fatal;
        }
        catch (SqliteException ex)
        {
            string line = $"WireIngest:Store:Path: the store cannot be used: {ex.Message}";
            WorkerLog.InvalidSetting(logger, line);
            return ExitCodes.Fatal;
        }
    }

    /// <summary>The failure lines of an options validation error (one, or several aggregated by the start-up validator).</summary>
    private static List<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => [.. aggregate.Flatten().InnerExceptions.OfType<OptionsValidationException>().SelectMany(v => v.Failures)],
        _ => [],
    };
}
