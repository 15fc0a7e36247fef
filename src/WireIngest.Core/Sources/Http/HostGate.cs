namespace WireIngest.Core.Sources.Http;

/// <summary>Politeness towards one host: at most N requests in flight, and starts spaced by at least the delay.</summary>
internal sealed class HostGate(int maxConcurrency, TimeSpan delay, TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);
    private readonly Lock _gate = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot and for the host's turn; disposing the result frees the slot.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_gate)
            {
                // Each caller books the next start time, so waiting callers are spaced out, not released together.
                DateTimeOffset now = timeProvider.GetUtcNow();
                DateTimeOffset start = now > _nextStart ? now : _nextStart;
                _nextStart = start + delay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return new Slot(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
