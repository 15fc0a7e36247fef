using System.IO.Compression;
using Microsoft.Extensions.Logging;
using WireIngest.Cli;
using WireIngest.Core.Sources;
using WireIngest.Tests.Sources;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Workers;

/// <summary>
/// Hostile files in a drop folder, each beside a good one that comes after it: one error line naming the file and the reason,
/// the file in <c>failed/</c> with its <c>.error.txt</c>, and the good file ingested.
/// </summary>
[TestFixture]
public sealed class BadInputTests
{
    private const string GoodFile = "z-good.txt";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private WorkerHarness _sut = null!;

    public enum BadFile
    {
        ZeroBytes,
        Binary,
        GzipBomb,
        FiftyMegabytePage,
        DeeplyNestedPage,
        NamedPipe,
    }

    [SetUp]
    public void SetUp()
    {
        _sut = new WorkerHarness();
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_sut.Inbox, GoodFile));
    }

    [TearDown]
    public void TearDown() => _sut.Dispose();

    [TestCase(BadFile.ZeroBytes, "a-zero.txt", "empty file")]
    [TestCase(BadFile.Binary, "a-image.jpg", "binary content")]
    [TestCase(BadFile.GzipBomb, "a-bomb.xml.gz", "too large: decompressed content exceeds")]
    [TestCase(BadFile.FiftyMegabytePage, "a-huge.html", "too large")]
    [TestCase(BadFile.DeeplyNestedPage, "a-nested.html", "markup nested too deeply")]
    [TestCase(BadFile.NamedPipe, "a-pipe.xml", "empty file")] // Never opened: that would wait for a writer for ever.
    public async Task RunOnce_BadFileBeforeAGoodOne_FailsItOnOneLineWithErrorTextAndIngestsTheGoodOne(BadFile kind, string name, string reason)
    {
        Write(kind, Path.Combine(_sut.Inbox, name));

        int code = await _sut.RunOnceAsync(_sut.Settings("drop")).WaitAsync(HangGuard);

        AssertFailedAndNextIngested(code, name, reason);
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task RunOnce_UnreadableFile_FailsItOnOneLineWithErrorTextAndIngestsTheGoodOne()
    {
        string path = _sut.Write("a-locked.txt", "Locked story");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanRead(path))
        {
            Assert.Ignore("running as root: file permissions do not stop reads here");
        }

        int code = await _sut.RunOnceAsync(_sut.Settings("drop"));

        AssertFailedAndNextIngested(code, "a-locked.txt", "unreadable:");
    }

    [Test]
    public async Task PollAsync_FileDeletedBetweenListingAndReading_ComesBackUnreadableAndTheNextIsRead()
    {
        await using var source = new FolderSourceHarness(FolderModes.Drop);
        source.WriteSettled("a.txt", "Story A");
        string deleted = source.WriteSettled("b.txt", "Story B");
        source.WriteSettled("c.txt", "Story C");

        var found = new List<SourceDocument>();
        await foreach (SourceDocument document in source.Source.PollAsync())
        {
            found.Add(document);
            if (document.Key == "a.txt")
            {
                // Listed already; gone before it is read.
                File.Delete(deleted);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(found.Select(d => d.Key), Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt" }));
            Assert.That(found[1].ReadError, Does.StartWith("unreadable:").And.Contain("b.txt"));
            Assert.That(found[2].ReadError, Is.Null);
            Assert.That(found[2].Content.ToArray(), Is.EqualTo("Story C"u8.ToArray()));
        });
    }

    private void AssertFailedAndNextIngested(int code, string name, string reason)
    {
        IReadOnlyList<string> errors = _sut.Messages(LogLevel.Error);
        string failed = Path.Combine(_sut.Inbox, DropFolderSource.FailedFolder, name);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(errors, Has.Count.EqualTo(1));
            Assert.That(errors, Has.All.Contains(name).And.Contains(reason).And.Not.Contains('\n'));
            Assert.That(File.Exists(failed), Is.True, "moved to failed/");
            Assert.That(File.ReadAllText(failed + ".error.txt"), Does.Contain(reason));
            Assert.That(File.Exists(Path.Combine(_sut.Inbox, DropFolderSource.ProcessedFolder, GoodFile)), Is.True, "the next file went through");
            Assert.That(Directory.GetFiles(_sut.QueueDirectory, "*.json"), Has.Length.EqualTo(1));
        });
    }

    private static void Write(BadFile kind, string path)
    {
        switch (kind)
        {
            case BadFile.ZeroBytes:
                File.WriteAllBytes(path, []);
                break;
            case BadFile.Binary:
                File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);
                break;
            case BadFile.GzipBomb:
                // 64 MiB of spaces squeeze into a few dozen KiB; the reader must stop at the 16 MiB decompressed cap.
                using (var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
                {
                    byte[] spaces = new byte[1 << 20];
                    Array.Fill(spaces, (byte)' ');
                    for (int i = 0; i < 64; i++)
                    {
                        gzip.Write(spaces);
                    }
                }

                break;
            case BadFile.DeeplyNestedPage:
                // 1.2 MB whose tree construction alone would keep a core busy for minutes.
                File.WriteAllText(path, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>Story text.</p></body></html>");
                break;
            case BadFile.FiftyMegabytePage:
                using (FileStream page = File.Create(path))
                {
                    page.Write("<html><head><title>Huge</title></head><body><p>"u8);
                    // Sparse: 50 MB on the size, next to nothing on the disk; the cap is checked before a byte is read.
                    page.SetLength(50L * 1000 * 1000);
                }

                break;
            case BadFile.NamedPipe:
                TestSupport.NamedPipe.Create(path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
