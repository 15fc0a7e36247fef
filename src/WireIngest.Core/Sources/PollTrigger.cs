namespace WireIngest.Core.Sources;

/// <summary>
/// The pace of one source loop: a <see cref="PeriodicTimer"/> on the injected <see cref="TimeProvider"/>, which a change seen by
/// the source (a file event) can cut short.
/// </summary>
/// <param name="interval">Time between ticks.</param>
/// <param name="timeProvider">The clock (fake in tests).</param>
public sealed class PollTrigger(TimeSpan interval, TimeProvider timeProvider) : IDisposable
{
    private readonly PeriodicTimer _timer = new(interval, timeProvider);
    private readonly SemaphoreSlim _wake = new(0, 1);

    // PeriodicTimer allows one pending wait; a tick not consumed because a wake won is kept for the next call.
    private Task<bool>? _pendingTick;
    private Task? _pendingWake;

    /// <summary>Makes the current or next wait return now.</summary>
    public void Wake()
    {
        lock (_wake)
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
    }

    /// <summary>Waits for the next tick or a wake; <c>false</c> when the timer was disposed.</summary>
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        _pendingTick ??= _timer.WaitForNextTickAsync(cancellationToken).AsTask();
        _pendingWake ??= _wake.WaitAsync(cancellationToken);
        Task first = await Task.WhenAny(_pendingTick, _pendingWake).ConfigureAwait(false);
        if (first == _pendingWake)
        {
            _pendingWake = null;
            await first.ConfigureAwait(false);
            return true;
        }

        Task<bool> tick = _pendingTick;
        _pendingTick = null;
        return await tick.ConfigureAwait(false);
    }

    /// <summary>Stops the timer.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        _wake.Dispose();
    }
}
