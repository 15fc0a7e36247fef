using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;
using WireIngest.Workers;

namespace WireIngest.Tests.Workers;

[TestFixture]
public sealed class RetentionTests
{
    private TestStore _store = null!;
    private FakeLogCollector _logs = null!;

    [SetUp]
    public void SetUp()
    {
        _store = new TestStore();
        _logs = new FakeLogCollector();
    }

    [TearDown]
    public void TearDown() => _store.Dispose();

    private RetentionPass Pass(TimeProvider time, params SourceOptions[] sources) => new(
        _store.Store.Retention,
        Options.Create(new StorageOptions { RetentionDays = 30 }),
        Options.Create(new SourceListOptions { Sources = [.. sources] }),
        time,
        new FakeLogger<RetentionPass>(_logs));

    private async Task PublishAllDueAsync()
    {
        IReadOnlyList<OutboxMessage> due = await _store.Store.Outbox.GetDueAsync(100);
        await _store.Store.Outbox.MarkPublishedAsync([.. due.Select(m => m.MessageId)]);
    }

    [Test]
    public async Task RunAsync_OlderThanRetention_RemovesPublishedMessagesAndSupersededVersionsButNeverTheCurrentOne()
    {
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters());
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters(body: "NATO foreign ministers met on Tuesday in Brussels."));
        await PublishAllDueAsync();
        await _store.Store.Articles.SaveAsync(StoryFactory.Page());
        _store.Time.Advance(TimeSpan.FromDays(31));
        await _store.Store.Articles.SaveAsync(StoryFactory.Page("https://example.org/news/story-2", "Ferry resumes"));
        await _store.Store.Outbox.MarkPublishedAsync([(await _store.Store.Outbox.ListAsync(1))[0].MessageId]);

        await Pass(_store.Time).RunAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_store.Scalar<long>("SELECT COUNT(*) FROM outbox WHERE state = 1"), Is.EqualTo(1), "the recent published message stays");
            Assert.That(_store.Scalar<long>("SELECT COUNT(*) FROM outbox WHERE state = 0"), Is.EqualTo(1), "a pending message stays, however old");
            Assert.That(_store.Scalar<long>("SELECT COUNT(*) FROM article_versions WHERE version = 1 AND article_id IN (SELECT article_id FROM articles WHERE current_version = 2)"), Is.Zero);
            Assert.That(_store.Scalar<long>("SELECT COUNT(*) FROM article_versions"), Is.EqualTo(3), "every current version stays, old or not");
            Assert.That(_logs.GetSnapshot().Select(r => r.Message), Is.EqualTo(new[]
            {
                "Retention: removed 2 published messages, 1 superseded versions and 0 processed files older than 30 days",
            }));
        });
    }

    [Test]
    public async Task RunAsync_SupersededVersionStoredRecentlyWithAnOldProviderTime_IsKept()
    {
        DateTimeOffset longAgo = TestStore.Start.AddDays(-90);
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters(versionCreated: longAgo));
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters(body: "NATO foreign ministers met on Tuesday in Brussels.", versionCreated: longAgo));
        await PublishAllDueAsync();

        await Pass(_store.Time).RunAsync(CancellationToken.None);

        Assert.That(_store.Scalar<long>("SELECT COUNT(*) FROM article_versions"), Is.EqualTo(2), "a replayed backlog is new to the store");
    }

    [Test]
    public async Task RunAsync_DropFolder_RemovesOldProcessedFilesAndKeepsRecentAndFailedOnes()
    {
        var now = DateTimeOffset.UtcNow;
        string inbox = Path.Combine(_store.Folder, "inbox");
        string oldProcessed = WriteAged(inbox, "processed/old.xml", now.AddDays(-31));
        string recentProcessed = WriteAged(inbox, "processed/recent.xml", now.AddDays(-29));
        string oldFailed = WriteAged(inbox, "failed/old.xml", now.AddDays(-90));
        string waiting = WriteAged(inbox, "waiting.xml", now.AddDays(-90));

        await Pass(new FakeTimeProvider(now), new SourceOptions { Name = "drop", Path = inbox, Mode = FolderModes.Drop }).RunAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(oldProcessed), Is.False);
            Assert.That(new[] { recentProcessed, oldFailed, waiting }.Select(File.Exists), Is.All.True);
            Assert.That(_logs.LatestRecord.Message, Does.Contain("and 1 processed files older than 30 days"));
        });
    }

    [Test]
    public async Task RunAsync_ScanFolder_LeavesItsFilesAlone()
    {
        var now = DateTimeOffset.UtcNow;
        string inbox = Path.Combine(_store.Folder, "inbox");
        string file = WriteAged(inbox, "processed/old.xml", now.AddDays(-90));

        await Pass(new FakeTimeProvider(now), new SourceOptions { Name = "scan", Path = inbox, Mode = FolderModes.Scan }).RunAsync(CancellationToken.None);

        Assert.That(File.Exists(file), Is.True);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RetentionWorker_Started_RunsAPassAtOnceAndThenEveryDay(CancellationToken cancellationToken)
    {
        var lifetime = new ApplicationLifetime(new FakeLogger<ApplicationLifetime>());
        using var worker = new RetentionWorker(Pass(_store.Time), _store.Time, new WorkerState(), lifetime, new FakeLogger<RetentionWorker>(_logs));

        await worker.StartAsync(cancellationToken);
        await WaitForPassesAsync(1, cancellationToken);
        _store.Time.Advance(TimeSpan.FromHours(23));
        await Task.Delay(50, cancellationToken);
        Assert.That(_logs.Count, Is.EqualTo(1), "no second pass within the day");
        _store.Time.Advance(TimeSpan.FromHours(1));
        await WaitForPassesAsync(2, cancellationToken);
        await worker.StopAsync(cancellationToken);

        Assert.That(_logs.GetSnapshot().Select(r => r.Message), Has.All.StartsWith("Retention: removed 0 published messages"));
    }

    private async Task WaitForPassesAsync(int passes, CancellationToken cancellationToken)
    {
        while (_logs.Count < passes)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    private static string WriteAged(string root, string relativePath, DateTimeOffset lastWrite)
    {
        string path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<nitf/>");
        File.SetLastWriteTimeUtc(path, lastWrite.UtcDateTime);
        return path;
    }
}
