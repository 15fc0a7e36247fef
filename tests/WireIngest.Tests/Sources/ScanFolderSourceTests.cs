using WireIngest.Core.Sources;

namespace WireIngest.Tests.Sources;

[TestFixture]
public sealed class ScanFolderSourceTests
{
    [Test]
    public async Task PollAsync_FileIngested_IsNotReadAgain()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        sut.Write("a.txt", "Story A");
        await sut.PollAndCompleteAsync();

        List<SourceDocument> second = await sut.PollAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second.Select(d => d.Unchanged), Is.EqualTo(new[] { true }));
            Assert.That(second[0].Content.IsEmpty, Is.True);
            Assert.That(File.Exists(Path.Combine(sut.Inbox, "a.txt")), Is.True, "scan mode never moves files");
        });
    }

    [Test]
    public async Task PollAsync_FileChanged_IsIngestedAgain()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        string path = sut.Write("a.txt", "Story A");
        await sut.PollAndCompleteAsync();
        File.WriteAllText(path, "Story A, corrected and longer");

        List<string> again = await sut.PollAndCompleteAsync();

        Assert.That(again, Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public async Task PollAsync_FileTouchedWithSameBytes_IsNotIngestedAgain()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        string path = sut.Write("a.txt", "Story A");
        await sut.PollAndCompleteAsync();
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(1));

        List<string> again = await sut.PollAndCompleteAsync();

        Assert.That(again, Is.Empty);
    }

    [Test]
    public async Task PollAsync_NotYetCompleted_IsNotHandedOutTwice()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        sut.Write("a.txt", "Story A");
        await sut.PollAsync();

        List<SourceDocument> second = await sut.PollAsync();

        Assert.That(second, Is.Empty);
    }

    [Test]
    public async Task PollAsync_FailedFile_IsNotRetriedUntilItChanges()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        sut.Write("bad.txt", "\0\0\0");
        await sut.PollAndCompleteAsync(DocumentOutcome.Quarantined("binary content"));

        List<string> again = await sut.PollAndCompleteAsync();

        Assert.That(again, Is.Empty);
    }

    [Test]
    public async Task PollAsync_Subfolders_AreReadWithRelativeKeysInOrder()
    {
        await using var sut = new FolderSourceHarness(FolderModes.Scan);
        sut.Write("b.txt", "B");
        sut.Write(Path.Combine("day1", "a.txt"), "A");

        List<SourceDocument> found = await sut.PollAsync();

        Assert.That(found.Select(d => d.Key), Is.EqualTo(new[] { "b.txt", Path.Combine("day1", "a.txt") }));
    }
}
