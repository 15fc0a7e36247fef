using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WireIngest.Workers;

/// <summary>Runs the <see cref="RetentionPass"/> at start and then once a day, on the injected clock.</summary>
internal sealed class RetentionWorker(
    RetentionPass pass,
    TimeProvider timeProvider,
    WorkerState state,
    IHostApplicationLifetime lifetime,
    ILogger<RetentionWorker> logger) : GuardedWorker(state, lifetime, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            await pass.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
