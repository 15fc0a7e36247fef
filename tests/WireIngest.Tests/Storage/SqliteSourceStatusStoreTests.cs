using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class SqliteSourceStatusStoreTests
{
    [Test]
    public async Task RecordAsync_SuccessThenErrorThenSuccess_AddsCountsAndKeepsTheLastError()
    {
        using var store = new TestStore();
        ISourceStatusStore sut = store.Store.SourceStatus;

        await sut.RecordAsync(new SourcePoll("wire", 3, 2, 1, 0, 0, 0, null));
        DateTimeOffset firstSuccess = store.Time.GetUtcNow();
        store.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.RecordAsync(new SourcePoll("wire", 0, 0, 0, 0, 0, 0, "folder gone"));
        DateTimeOffset failedAt = store.Time.GetUtcNow();
        StoreStatus afterError = await sut.ReadAsync();
        store.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.RecordAsync(new SourcePoll("wire", 2, 1, 0, 1, 0, 1, null));
        StoreStatus afterRecovery = await sut.ReadAsync();

        SourceStatus failed = afterError.Sources.Single();
        SourceStatus recovered = afterRecovery.Sources.Single();
        Assert.Multiple(() =>
        {
            Assert.That(failed.LastSuccessAt, Is.EqualTo(firstSuccess));
            Assert.That(failed.LastPollAt, Is.EqualTo(failedAt));
            Assert.That(failed.LastError, Is.EqualTo("folder gone"));
            Assert.That(recovered.LastSuccessAt, Is.EqualTo(store.Time.GetUtcNow()));
            Assert.That(recovered.LastErrorAt, Is.EqualTo(failedAt), "the error is kept, so recovery is visible next to it");
            Assert.That((recovered.Seen, recovered.New, recovered.Updated, recovered.Duplicate, recovered.Failed), Is.EqualTo((5L, 3L, 1L, 1L, 1L)));
        });
    }

    [Test]
    public async Task AddCountsAsync_KnownAndUnknownSource_AddsOnlyToTheKnownAndKeepsItsTimes()
    {
        using var store = new TestStore();
        ISourceStatusStore sut = store.Store.SourceStatus;
        await sut.RecordAsync(new SourcePoll("wire", 1, 1, 0, 0, 0, 0, null));
        DateTimeOffset polledAt = store.Time.GetUtcNow();
        store.Time.Advance(TimeSpan.FromMinutes(5));

        await sut.AddCountsAsync(new SourcePoll("wire", 4, 2, 1, 1, 0, 0, null));
        await sut.AddCountsAsync(new SourcePoll("never-polled", 1, 1, 0, 0, 0, 0, null));

        SourceStatus wire = (await sut.ReadAsync()).Sources.Single();
        Assert.Multiple(() =>
        {
            Assert.That(wire.Source, Is.EqualTo("wire"));
            Assert.That((wire.Seen, wire.New, wire.Updated, wire.Duplicate), Is.EqualTo((5L, 3L, 1L, 1L)));
            Assert.That((wire.LastPollAt, wire.LastSuccessAt), Is.EqualTo((polledAt, (DateTimeOffset?)polledAt)));
        });
    }

    [Test]
    public async Task ReadAsync_EmptyStore_ReportsNoSourcesAndZeroCounts()
    {
        using var store = new TestStore();

        StoreStatus status = await store.Store.SourceStatus.ReadAsync();

        Assert.Multiple(() =>
        {
            Assert.That(status.Sources, Is.Empty);
            Assert.That((status.OutboxPending, status.OutboxRejected, status.Quarantined), Is.EqualTo((0, 0, 0)));
            Assert.That(status.OldestPendingAt, Is.Null);
        });
    }
}
