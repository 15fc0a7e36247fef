using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Extraction;
using WireIngest.Core.Sources;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Sources;

/// <summary>A folder source over a temp folder with a store for its ledger; the clock starts at the real now so file times compare.</summary>
internal sealed class FolderSourceHarness : IAsyncDisposable
{
    private readonly TestStore _store = new();

    public FolderSourceHarness(string mode, TimeSpan? settleDelay = null)
    {
        Inbox = Path.Combine(_store.Folder, "inbox");
        Directory.CreateDirectory(Inbox);
        Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Source = new WireSourceFactory(new DocumentLimits(), _store.Store.Documents, Time).Create(new SourceOptions
        {
            Name = "test",
            Path = Inbox,
            Mode = mode,
            SettleDelay = settleDelay ?? TimeSpan.FromSeconds(2),
        });
    }

    public string Inbox { get; }

    public FakeTimeProvider Time { get; }

    public IWireSource Source { get; }

    public string Write(string name, string text)
    {
        string path = Path.Combine(Inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a file whose last write lies well in the past (settled).</summary>
    public string WriteSettled(string name, string text)
    {
        string path = Write(name, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        return path;
    }

    public async Task<List<SourceDocument>> PollAsync()
    {
        var found = new List<SourceDocument>();
        await foreach (SourceDocument document in Source.PollAsync())
        {
            found.Add(document);
        }

        return found;
    }

    /// <summary>Polls and completes every document that needs ingesting as ingested; returns their keys.</summary>
    public async Task<List<string>> PollAndCompleteAsync(DocumentOutcome? outcome = null)
    {
        List<SourceDocument> found = await PollAsync();
        foreach (SourceDocument document in found)
        {
            await Source.CompleteAsync(document, outcome ?? DocumentOutcome.Ingested);
        }

        return [.. found.Where(d => !d.Unchanged).Select(d => d.Key)];
    }

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync();
        _store.Dispose();
    }
}
