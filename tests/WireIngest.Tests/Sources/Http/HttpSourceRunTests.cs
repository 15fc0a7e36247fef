using System.Text;
using Microsoft.Extensions.Logging;
using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Sources.Http;

/// <summary><c>wireingest run --once</c> and <c>sources check</c> with an http source over a local server.</summary>
[TestFixture]
[CancelAfter(120_000)]
public sealed class HttpSourceRunTests
{
    private WorkerHarness _worker = null!;
    private LocalWebServer _server = null!;

    [SetUp]
    public async Task SetUp()
    {
        _worker = new WorkerHarness();
        _server = await LocalWebServer.StartAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _server.DisposeAsync();
        _worker.Dispose();
    }

    /// <summary>Store and queue in the temp folder, one http source named <c>web</c>, then <paramref name="extra"/>.</summary>
    private string[] Settings(params string[] extra) =>
    [
        "--WireIngest:Store:Path=" + _worker.Database,
        "--WireIngest:Queue:Directory=" + _worker.QueueDirectory,
        "--WireIngest:Sources:0:Name=web",
        "--WireIngest:Sources:0:Kind=http",
        "--WireIngest:Sources:0:PerHostDelay=00:00:00",
        "--WireIngest:Sources:0:RetryDelay=00:00:00.010",
        .. extra,
    ];


    [Test]
    public async Task RunOnce_HttpFeed_PublishesItsStoriesToTheEmbeddedQueue()
    {
        _server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(_server.Url("/nato")), FeedXml.RssItem(_server.Url("/missing"))), "application/rss+xml");
        _server.MapText("/nato", FeedXml.ArticlePage("Allies pledge air defence for Ukraine"));

        int code = await _worker.RunOnceAsync(Settings("--WireIngest:Sources:0:Index:0=" + _server.Url("/feed.xml")));

        string[] exported = await _worker.ExportAsync();
        (_, string quarantine) = await _worker.CliAsync("quarantine", "list");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed), "the missing page is a failed input");
            Assert.That(exported, Has.Length.EqualTo(1));
            Assert.That(exported[0], Does.Contain("Allies pledge air defence for Ukraine").And.Contain(_server.Url("/nato")));
            Assert.That(quarantine, Does.Contain("/missing").And.Contain("HTTP 404"));
            Assert.That(_worker.Messages(), Has.Some.StartsWith("web: seen 2, new 1, updated 0, duplicate 0, stale 0, failed 1"));
        });
    }

    [Test]
    public async Task RunOnce_FeedItemWithFullArticle_IsPublishedWithoutFetchingItsPage()
    {
        string content = FeedXml.ContentEncoded(WireIngest.Tests.Extraction.Html.HtmlPages.StoryParagraphs) + "<dc:creator>Jane Doe</dc:creator>";
        _server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(_server.Url("/full-story"), "NATO ministers weigh faster air defence deliveries", extra: content)), "application/rss+xml");

        int code = await _worker.RunOnceAsync(Settings("--WireIngest:Sources:0:Index:0=" + _server.Url("/feed.xml")));

        string[] exported = await _worker.ExportAsync();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(_server.RequestsFor("/full-story"), Is.Empty);
            Assert.That(exported.Single(), Does.Contain("NATO ministers weigh faster air defence deliveries").And.Contain("munitions were running low"));
        });
    }

    [Test]
    public async Task RunOnce_PageInLatin1DeclaredOnlyByHttp_IsDecodedWithThatCharset()
    {
        string page = FeedXml.ArticlePage("Café owners in Zürich protest").Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal);
        _server.MapBytes("/story", Encoding.Latin1.GetBytes(page), "text/html; charset=iso-8859-1");

        int code = await _worker.RunOnceAsync(Settings("--WireIngest:Sources:0:Urls:0=" + _server.Url("/story")));

        string[] exported = await _worker.ExportAsync();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(exported.Single(), Does.Contain("Café owners in Zürich protest"));
        });
    }

    [Test]
    public async Task RunOnce_IndexDown_ExitsTwoAndRecordsTheErrorInStatus()
    {
        _server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        int code = await _worker.RunOnceAsync(Settings("--WireIngest:Sources:0:Index:0=" + _server.Url("/feed.xml"), "--WireIngest:Sources:0:MaxRetries=1"));

        (_, string status) = await _worker.CliAsync("status");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(status, Does.Contain("HTTP 500"));
            Assert.That(_worker.Messages(LogLevel.Error), Has.Exactly(1).Contains("web").And.Contains("HTTP 500"));
        });
    }

    [Test]
    public async Task Run_Hosted_IndexDownForSeveralPolls_LogsFailingOnceThenRecoveredOnce(CancellationToken cancellationToken)
    {
        bool down = true;
        byte[] feed = Encoding.UTF8.GetBytes(FeedXml.Rss(FeedXml.RssItem(_server.Url("/nato"))));
        _server.Map("/feed.xml", async context =>
        {
            if (Volatile.Read(ref down))
            {
                context.Response.StatusCode = 503;
                return;
            }

            await context.Response.Body.WriteAsync(feed, context.RequestAborted);
        });
        _server.MapText("/nato", FeedXml.ArticlePage("Allies pledge air defence for Ukraine"));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<int> run = _worker.RunHostedAsync(
            Settings("--WireIngest:Sources:0:Index:0=" + _server.Url("/feed.xml"), "--WireIngest:Sources:0:MaxRetries=0",
                "--WireIngest:Sources:0:PollInterval=00:00:00.100", "--WireIngest:Sources:0:CircuitBreakDuration=00:00:00.500",
                "--WireIngest:Pipeline:RelayInterval=00:00:00.100"),
            stop.Token);

        while (_server.RequestsFor("/feed.xml").Length < 4)
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped early");
            await Task.Delay(50, cancellationToken);
        }

        Volatile.Write(ref down, false);
        while (!Directory.Exists(_worker.QueueDirectory) || Directory.GetFiles(_worker.QueueDirectory, "*.json").Length == 0)
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped early");
            await Task.Delay(50, cancellationToken);
        }

        await stop.CancelAsync();
        int code = await run;

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(_worker.Messages(LogLevel.Error).Where(m => m.Contains("web", StringComparison.Ordinal)), Has.Exactly(1).Contains("failing").And.Contains("HTTP 503"));
            Assert.That(_worker.Messages(), Has.Exactly(1).Contains("web: recovered"));
        });
    }

    [TestCase("--WireIngest:Sources:0:Urls:0=ftp://example.org/story", "WireIngest:Sources:0:Urls:0: 'ftp://example.org/story' is not an absolute http or https URL")]
    [TestCase("--WireIngest:Sources:0:Index:0=not a url", "WireIngest:Sources:0:Index:0: 'not a url' is not an absolute http or https URL")]
    [TestCase("--WireIngest:Sources:0:MaxRedirects=-1", "WireIngest:Sources:0:MaxRedirects:")]
    [TestCase("--WireIngest:Sources:0:MaxConcurrencyPerHost=0", "WireIngest:Sources:0:MaxConcurrencyPerHost:")]
    [TestCase("--WireIngest:Sources:0:PerHostDelay=-00:00:01", "WireIngest:Sources:0:PerHostDelay:")]
    [TestCase("--WireIngest:Sources:0:Kind=http", "WireIngest:Sources:0:Urls: an http source needs at least one URL")]
    public async Task RunOnce_InvalidHttpSetting_ExitsOneWithOneLineNamingIt(string setting, string expected)
    {
        string[] settings = setting.Contains("Urls:0", StringComparison.Ordinal) || setting.Contains("Index:0", StringComparison.Ordinal) || setting.EndsWith("=http", StringComparison.Ordinal)
            ? Settings(setting)
            : Settings("--WireIngest:Sources:0:Urls:0=" + _server.Url("/a"), setting);

        int code = await _worker.RunOnceAsync(settings);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_worker.Messages(LogLevel.Critical), Has.Exactly(1).StartsWith(expected));
        });
    }

    [Test]
    public async Task SourcesCheck_FolderOkAndHttpFailing_PrintsOneLineEachAndExitsTwo()
    {
        _server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(_server.Url("/a"))), "application/rss+xml");

        (int code, string output) = await _worker.CliAsync(
        [
            "sources", "check",
            "--WireIngest:Sources:0:Name=inbox", "--WireIngest:Sources:0:Path=" + _worker.Inbox,
            "--WireIngest:Sources:1:Name=feed", "--WireIngest:Sources:1:Kind=http", "--WireIngest:Sources:1:Index:0=" + _server.Url("/feed.xml"),
            "--WireIngest:Sources:2:Name=gone", "--WireIngest:Sources:2:Kind=http", "--WireIngest:Sources:2:Urls:0=" + _server.Url("/gone"),
        ]);

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines[0], Does.Match(@"^inbox\s+OK$"));
            Assert.That(lines[1], Does.Match(@"^feed\s+OK$"));
            Assert.That(lines[2], Does.Match(@"^gone\s+FAIL .*/gone: HTTP 404 Not Found$"));
            Assert.That(File.Exists(_worker.Database), Is.False, "a check stores nothing");
        });
    }

    [Test]
    public async Task SourcesCheck_AllReachable_ExitsZero()
    {
        _server.MapText("/a", FeedXml.ArticlePage("Story A"));

        (int code, string output) = await _worker.CliAsync("sources", "check", "--WireIngest:Sources:0:Name=web", "--WireIngest:Sources:0:Kind=http", "--WireIngest:Sources:0:Urls:0=" + _server.Url("/a"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Match(@"^web\s+OK\s*$"));
    }

    [Test]
    public async Task SourcesCheck_BadConfiguration_ExitsOne()
    {
        (int code, _) = await _worker.CliAsync("sources", "check", "--WireIngest:Sources:0:Kind=http", "--WireIngest:Sources:0:Urls:0=file:///etc/passwd");

        Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
    }
}
