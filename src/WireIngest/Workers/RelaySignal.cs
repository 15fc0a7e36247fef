using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;

namespace WireIngest.Workers;

/// <summary>The relay's pace: every <see cref="WorkerOptions.RelayInterval"/> (embargoes end, failures retry), or sooner when an ingest stored a message.</summary>
internal sealed class RelaySignal(IOptions<WorkerOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly PollTrigger _trigger = new(options.Value.RelayInterval, timeProvider);

    public void Notify() => _trigger.Wake();

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _trigger.WaitAsync(cancellationToken);

    public void Dispose() => _trigger.Dispose();
}
