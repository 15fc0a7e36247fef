using Microsoft.Extensions.Logging.Abstractions;
using WireIngest.Core.Extraction;
using WireIngest.Core.Sources;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Sources.Http;

/// <summary>A local web server, a migrated store, and HTTP sources over them with test-speed politeness and retries.</summary>
internal sealed class HttpSourceHarness : IAsyncDisposable
{
    private readonly List<IWireSource> _sources = [];

    private HttpSourceHarness(LocalWebServer server) => Server = server;

    public LocalWebServer Server { get; }

    public TestStore Store { get; } = new();

    public DocumentLimits Limits { get; } = new();

    public static async Task<HttpSourceHarness> StartAsync() => new(await LocalWebServer.StartAsync());

    /// <summary>An http source over the given paths of the local server: no politeness delay, short retry delays.</summary>
    public SourceOptions Options(string[]? urls = null, string[]? index = null) => new()
    {
        Name = "web",
        Kind = SourceKinds.Http,
        Urls = [.. (urls ?? []).Select(Server.Url)],
        Index = [.. (index ?? []).Select(Server.Url)],
        PerHostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
    };

    public IWireSource Create(SourceOptions options)
    {
        // The real clock: timeouts and retry delays run against a real server.
        var factory = new WireSourceFactory(Limits, Store.Store.Documents, Store.Store.HttpValidators, TimeProvider.System, NullLoggerFactory.Instance);
        IWireSource source = factory.Create(options);
        _sources.Add(source);
        return source;
    }

    /// <summary>One poll, then each document completed as the worker would (failed when the source could not read it).</summary>
    public static async Task<List<SourceDocument>> PollAsync(IWireSource source, CancellationToken cancellationToken = default)
    {
        var documents = new List<SourceDocument>();
        await foreach (SourceDocument document in source.PollAsync(cancellationToken))
        {
            documents.Add(document);
        }

        foreach (SourceDocument document in documents)
        {
            await source.CompleteAsync(document, document.ReadError is null ? DocumentOutcome.Ingested : DocumentOutcome.Quarantined(document.ReadError), cancellationToken);
        }

        return documents;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (IWireSource source in _sources)
        {
            await source.DisposeAsync();
        }

        await Server.DisposeAsync();
        Store.Dispose();
    }
}
