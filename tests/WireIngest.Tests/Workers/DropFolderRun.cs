using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Workers;

/// <summary>
/// A drop folder of generated documents, a store and a queue directory in a temp folder, and the worker's settings for them;
/// plus the checks that no document and no message was lost or doubled.
/// </summary>
internal sealed class DropFolderRun : IDisposable
{
    private readonly TempFolder _folder = new();
    private string[] _names = [];

    public DropFolderRun()
    {
        Probe = new StoreProbe(Database);
    }

    public string WorkingDirectory => _folder.Path;

    public string Inbox => _folder.Combine("inbox");

    public string Database => _folder.Combine("data", "wireingest.db");

    public string QueueDirectory => _folder.Combine("queue");

    public StoreProbe Probe { get; }

    /// <summary>Good documents written (one story each).</summary>
    public int Good { get; private set; }

    public void Generate(int count, int badEvery)
    {
        Good = SampleVariants.Write(Inbox, count, badEvery);
        _names = [.. Directory.GetFiles(Inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
    }

    public string[] Settings(params string[] extra) =>
    [
        "run",
        "--WireIngest:Store:Path=" + Database,
        "--WireIngest:Queue:Directory=" + QueueDirectory,
        "--WireIngest:Sources:0:Name=drop",
        "--WireIngest:Sources:0:Path=" + Inbox,
        "--WireIngest:Sources:0:Mode=drop",
        "--WireIngest:Sources:0:SettleDelay=00:00:00",
        "--WireIngest:Sources:0:PollInterval=00:00:00.500",
        "--WireIngest:Pipeline:RelayInterval=00:00:00.200",
        "--WireIngest:Health:Port=0",
        .. extra,
    ];

    public int Waiting => Directory.GetFiles(Inbox).Length;

    public string[] Processed => Files(DropFolderSource.ProcessedFolder);

    public string[] Failed => [.. Files(DropFolderSource.FailedFolder).Where(f => !f.EndsWith(".error.txt", StringComparison.Ordinal))];

    public int Moved => Processed.Length + Failed.Length;

    public long PendingMessages => Probe.ScalarOr("SELECT COUNT(*) FROM outbox WHERE state = 0", -1L);

    /// <summary>
    /// After a complete run: every input in processed/ or failed/ exactly once, each good one stored as exactly one article
    /// version whose message is in the queue directory once, byte for byte, and the database file sound.
    /// </summary>
    public void AssertNothingLostOrDoubled()
    {
        List<(string ArticleId, long Version)> versions = Probe.Query<(string, long)>("SELECT article_id, version FROM article_versions");
        List<(string MessageId, long State)> outbox = Probe.Query<(string, long)>("SELECT message_id, state FROM outbox");
        string[] queued = [.. Directory.GetFiles(QueueDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f))];
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(Inbox), Is.Empty, "no input stuck in the drop folder");
            Assert.That(Processed.Concat(Failed).Order(StringComparer.Ordinal), Is.EqualTo(_names), "every input moved exactly once");
            Assert.That(Processed, Has.Length.EqualTo(Good));
            Assert.That(Failed.Select(f => File.Exists(Path.Combine(Inbox, DropFolderSource.FailedFolder, f + ".error.txt"))), Is.All.True);
            Assert.That(versions, Has.Count.EqualTo(Good), "one article version per good document, none doubled by a re-ingest");
            Assert.That(outbox.Select(o => o.MessageId), Is.EquivalentTo(versions.Select(v => ArticleIdentity.MessageId(v.ArticleId, (int)v.Version))));
            Assert.That(outbox.Select(o => o.State), Is.All.EqualTo((long)OutboxState.Published));
            Assert.That(queued, Is.EquivalentTo(outbox.Select(o => o.MessageId)), "each message in the queue exactly once");
            Assert.That(Probe.IntegrityCheck(), Is.EqualTo("ok"));
        });
    }

    private string[] Files(string folder)
    {
        string path = Path.Combine(Inbox, folder);
        return Directory.Exists(path) ? [.. Directory.GetFiles(path).Select(f => Path.GetFileName(f))] : [];
    }

    public void Dispose() => _folder.Dispose();
}
