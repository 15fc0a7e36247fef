using WireIngest.Core.Sources;

namespace WireIngest.Tests.Sources;

[TestFixture]
public sealed class DropFolderSourceTests
{
    [Test]
    public async Task CompleteAsync_Ingested_MovesFileToProcessedOnlyThen()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        string path = sut.WriteSettled("a.txt", "Story A");

        List<SourceDocument> found = await sut.PollAsync();
        bool inPlaceBeforeCommit = File.Exists(path);
        await sut.Source.CompleteAsync(found[0], DocumentOutcome.Ingested);

        Assert.Multiple(() =>
        {
            Assert.That(inPlaceBeforeCommit, Is.True);
            Assert.That(File.Exists(path), Is.False);
            Assert.That(File.ReadAllText(Path.Combine(sut.Inbox, "processed", "a.txt")), Is.EqualTo("Story A"));
        });
    }

    [Test]
    public async Task CompleteAsync_Ingested_StampsTheProcessedFileWithTheTimeOfProcessingForRetention()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        sut.WriteSettled("a.txt", "Story A");
        List<SourceDocument> found = await sut.PollAsync();
        sut.Time.Advance(TimeSpan.FromHours(3));

        await sut.Source.CompleteAsync(found[0], DocumentOutcome.Ingested);

        DateTime stamped = File.GetLastWriteTimeUtc(Path.Combine(sut.Inbox, "processed", "a.txt"));
        Assert.That(stamped, Is.EqualTo(sut.Time.GetUtcNow().UtcDateTime).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task CompleteAsync_Failed_MovesFileToFailedWithErrorText()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        sut.WriteSettled("bad.txt", "x");

        await sut.PollAndCompleteAsync(DocumentOutcome.Quarantined("binary content, not a text document"));

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(sut.Inbox, "failed", "bad.txt")), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(sut.Inbox, "failed", "bad.txt.error.txt")), Does.Contain("binary content, not a text document"));
        });
    }

    [Test]
    public async Task Abandon_StoreFailed_LeavesFileForTheNextPoll()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        string path = sut.WriteSettled("a.txt", "Story A");
        List<SourceDocument> found = await sut.PollAsync();

        sut.Source.Abandon(found[0]);
        List<SourceDocument> again = await sut.PollAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(path), Is.True);
            Assert.That(again.Select(d => d.Key), Is.EqualTo(new[] { "a.txt" }));
        });
    }

    [Test]
    public async Task PollAsync_FileStillBeingWritten_WaitsUntilItSettles()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        string path = sut.Write("big.txt", "first half");

        List<SourceDocument> young = await sut.PollAsync();
        File.AppendAllText(path, " and the second half");
        sut.Time.Advance(TimeSpan.FromSeconds(5));
        List<SourceDocument> changedSinceLastLook = await sut.PollAsync();
        sut.Time.Advance(TimeSpan.FromSeconds(5));
        List<SourceDocument> settled = await sut.PollAsync();

        Assert.Multiple(() =>
        {
            Assert.That(young, Is.Empty);
            Assert.That(changedSinceLastLook, Is.Empty);
            Assert.That(settled.Select(d => System.Text.Encoding.UTF8.GetString(d.Content.Span)), Is.EqualTo(new[] { "first half and the second half" }));
        });
    }

    [Test]
    public async Task PollAsync_SymlinkOutOfTheFolder_IsNotFollowed()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        string outside = Path.Combine(Path.GetDirectoryName(sut.Inbox)!, "secret.txt");
        File.WriteAllText(outside, "not for ingest");
        File.CreateSymbolicLink(Path.Combine(sut.Inbox, "link.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(sut.Inbox, "linkdir"), Path.GetDirectoryName(sut.Inbox)!);
        sut.WriteSettled("real.txt", "Story");

        List<SourceDocument> found = await sut.PollAsync();

        Assert.That(found.Select(d => d.Key), Is.EqualTo(new[] { "real.txt" }));
    }

    [Test]
    public async Task PollAsync_ProcessedAndFailedFolders_AreNotReadAgain()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        sut.WriteSettled("a.txt", "A");
        sut.WriteSettled("b.txt", "B");
        await sut.PollAndCompleteAsync(DocumentOutcome.Ingested);
        sut.WriteSettled("c.txt", "C");

        List<SourceDocument> found = await sut.PollAsync();

        Assert.That(found.Select(d => d.Key), Is.EqualTo(new[] { "c.txt" }));
    }

    [Test]
    public async Task CompleteAsync_SameNameProcessedBefore_KeepsBothFiles()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        sut.WriteSettled("a.txt", "first");
        await sut.PollAndCompleteAsync();
        sut.WriteSettled("a.txt", "second");

        await sut.PollAndCompleteAsync();

        Assert.That(Directory.GetFiles(Path.Combine(sut.Inbox, "processed")).Select(File.ReadAllText).Order(), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task WaitForNextPollAsync_FileDropped_WakesBeforeThePollInterval(CancellationToken cancellationToken)
    {
        await using var sut = new FolderSourceHarness(FolderModes.Drop);
        // The fake clock never advances, so only the file event can end the wait.
        ValueTask<bool> wait = sut.Source.WaitForNextPollAsync(cancellationToken);
        sut.Write("new.txt", "dropped");

        Assert.That(await wait, Is.True);
    }
}
