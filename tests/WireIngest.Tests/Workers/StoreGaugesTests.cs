using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Storage;
using WireIngest.Workers;

namespace WireIngest.Tests.Workers;

[TestFixture]
public sealed class StoreGaugesTests
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>A store whose counts the test sets, counting how often it is read.</summary>
    private sealed class CountingStatusStore : ISourceStatusStore
    {
        public int Pending { get; set; }

        public bool Broken { get; set; }

        public int Reads { get; private set; }

        public Task RecordAsync(SourcePoll poll, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task AddCountsAsync(SourcePoll counts, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<StoreStatus> ReadAsync(CancellationToken cancellationToken = default)
        {
            Reads++;
            return Broken
                ? Task.FromException<StoreStatus>(new SqliteException("disk I/O error", 10))
                : Task.FromResult(new StoreStatus([], Pending, 0, null, Pending * 2));
        }
    }

    [Test]
    public async Task RefreshAsync_WithinMaxAge_ReusesTheLastCount()
    {
        var store = new CountingStatusStore { Pending = 3 };
        var time = new FakeTimeProvider();
        var sut = new StoreGauges(store, time, MaxAge);

        await sut.RefreshAsync();
        store.Pending = 7;
        time.Advance(MaxAge / 2);
        await sut.RefreshAsync();

        Assert.Multiple(() =>
        {
            Assert.That(store.Reads, Is.EqualTo(1));
            Assert.That(sut.Current, Is.EqualTo(new StoreGaugeValues(3, 6)));
        });
    }

    [Test]
    public async Task RefreshAsync_AfterMaxAge_CountsAgain()
    {
        var store = new CountingStatusStore { Pending = 3 };
        var time = new FakeTimeProvider();
        var sut = new StoreGauges(store, time, MaxAge);

        await sut.RefreshAsync();
        store.Pending = 7;
        time.Advance(MaxAge);
        await sut.RefreshAsync();

        Assert.Multiple(() =>
        {
            Assert.That(store.Reads, Is.EqualTo(2));
            Assert.That(sut.Current, Is.EqualTo(new StoreGaugeValues(7, 14)));
        });
    }

    [Test]
    public async Task RefreshAsync_StoreUnreadable_KeepsTheLastCountAndTriesAgainNextTime()
    {
        var store = new CountingStatusStore { Pending = 2 };
        var time = new FakeTimeProvider();
        var sut = new StoreGauges(store, time, MaxAge);
        await sut.RefreshAsync();

        store.Broken = true;
        time.Advance(MaxAge);
        await sut.RefreshAsync();
        StoreGaugeValues? whileBroken = sut.Current;
        store.Broken = false;
        store.Pending = 4;
        await sut.RefreshAsync();

        Assert.Multiple(() =>
        {
            Assert.That(whileBroken, Is.EqualTo(new StoreGaugeValues(2, 4)));
            Assert.That(sut.Current, Is.EqualTo(new StoreGaugeValues(4, 8)));
        });
    }

    [Test]
    public async Task Current_NeverReadable_ReportsNothing()
    {
        var sut = new StoreGauges(new CountingStatusStore { Broken = true }, new FakeTimeProvider(), MaxAge);

        await sut.RefreshAsync();

        Assert.That(sut.Current, Is.Null);
    }
}
