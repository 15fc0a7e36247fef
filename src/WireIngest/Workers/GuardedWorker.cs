using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WireIngest.Workers;

/// <summary>
/// A background loop whose unhandled failure is fatal: logged, recorded for the exit code (the .NET 10 host would return 0),
/// and the host stopped. Stopping (cancellation) is not a failure.
/// </summary>
internal abstract class GuardedWorker(WorkerState state, IHostApplicationLifetime lifetime, ILogger logger) : BackgroundService
{
    /// <summary>The run's shared state (summaries, fatal flag).</summary>
    protected WorkerState State => state;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            WorkerLog.WorkerFailed(logger, GetType().Name, ex);
            state.MarkFatal();
            lifetime.StopApplication();
        }
    }

    protected abstract Task RunAsync(CancellationToken stoppingToken);
}
