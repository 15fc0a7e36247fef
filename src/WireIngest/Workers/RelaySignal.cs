using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;

namespace WireIngest.Workers;

/// <summary>
/// The relay's pace: every <see cref="WorkerOptions.RelayInterval"/> (embargoes end, failures retry), or sooner when an ingest
/// stored a message. After a wake it waits <see cref="GatherDelay"/> more, so stories stored close together go out in one
/// relay pass (one outbox read and one commit for the lot) instead of one pass, and one fsync'd commit, per document.
/// </summary>
internal sealed class RelaySignal(IOptions<WorkerOptions> options, TimeProvider timeProvider) : IDisposable
{
    /// <summary>The most a wake is held back to gather more messages (less when the relay interval is shorter).</summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(50);

    private readonly PollTrigger _trigger = new(options.Value.RelayInterval, timeProvider);
    private readonly TimeSpan _gather = options.Value.RelayInterval < GatherDelay ? options.Value.RelayInterval : GatherDelay;

    public void Notify() => _trigger.Wake();

    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        if (!await _trigger.WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await Task.Delay(_gather, timeProvider, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public void Dispose() => _trigger.Dispose();
}
