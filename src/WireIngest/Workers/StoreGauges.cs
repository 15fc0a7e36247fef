using Microsoft.Data.Sqlite;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>
/// The outbox depth and quarantine size, counted in the store at most once per <c>maxAge</c>. Gauges are read synchronously by the
/// exporter, so they get the last counts (and start a fresh count when those are old); <c>/metrics</c> awaits
/// <see cref="RefreshAsync"/> first, so a scrape always sees counts no older than <c>maxAge</c>.
/// </summary>
internal sealed class StoreGauges(ISourceStatusStore store, TimeProvider timeProvider, TimeSpan maxAge)
{
    private readonly Lock _lock = new();
    private StoreGaugeValues? _values;
    private DateTimeOffset _readAt;
    private Task _refresh = Task.CompletedTask;

    /// <summary>The last counts, or <c>null</c> while the store could not be read yet (no series is exported then).</summary>
    public StoreGaugeValues? Current
    {
        get
        {
            lock (_lock)
            {
                return _values;
            }
        }
    }

    /// <summary>For the gauges' callbacks: the last counts, starting a fresh count in the background when they are old.</summary>
    public StoreGaugeValues? Observe()
    {
        _ = RefreshAsync();
        return Current;
    }

    /// <summary>Counts again unless the last counts are recent; one count at a time however many callers ask.</summary>
    public Task RefreshAsync()
    {
        lock (_lock)
        {
            if (!_refresh.IsCompleted || (_values is not null && timeProvider.GetUtcNow() - _readAt < maxAge))
            {
                return _refresh;
            }

            _refresh = Task.Run(CountAsync);
            return _refresh;
        }
    }

    private async Task CountAsync()
    {
        try
        {
            // Not the caller's token: a scrape that gives up must not leave the shared count cancelled.
            StoreStatus status = await store.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            lock (_lock)
            {
                _values = new StoreGaugeValues(status.OutboxPending, status.Quarantined);
                _readAt = timeProvider.GetUtcNow();
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // The last counts stay; a store that cannot be read is what /readyz reports.
        }
    }
}
