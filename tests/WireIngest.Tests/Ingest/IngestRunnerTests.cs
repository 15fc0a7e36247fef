using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireIngest.Cli;
using WireIngest.Hosting;
using WireIngest.Ingest;
using WireIngest.Tests.Extraction.Html;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Ingest;

[TestFixture]
public sealed class IngestRunnerTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "wireingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static (IngestRunner Runner, FakeLogCollector Logs, IHost Host) CreateSut()
    {
        HostApplicationBuilder builder = WireIngestHost.CreateBuilder([], dataOnStdout: true);
        builder.Services.AddFakeLogging();
        builder.Services.AddSingleton<IngestRunner>();
        IHost host = builder.Build();
        return (host.Services.GetRequiredService<IngestRunner>(), host.Services.GetFakeLogCollector(), host);
    }

    private static async Task<(int ExitCode, string Output, FakeLogCollector Logs)> RunAsync(IReadOnlyList<string> paths, bool jsonl, string? url = null)
    {
        using var output = new MemoryStream();
        (int code, FakeLogCollector logs) = await RunAsync(paths, jsonl, output, url);
        return (code, Encoding.UTF8.GetString(output.ToArray()), logs);
    }

    private static async Task<(int ExitCode, FakeLogCollector Logs)> RunAsync(IReadOnlyList<string> paths, bool jsonl, Stream output, string? url = null)
    {
        (IngestRunner runner, FakeLogCollector logs, IHost host) = CreateSut();
        using (host)
        {
            return (await runner.RunAsync(paths, url, jsonl, output, CancellationToken.None), logs);
        }
    }

    private static List<string> Errors(FakeLogCollector logs) => [.. logs.GetSnapshot().Where(r => r.Level == LogLevel.Error).Select(r => r.Message)];

    [Test]
    public async Task RunAsync_Seed_WritesOnePrettyObjectAndExitsZero()
    {
        (int code, string output, _) = await RunAsync([Samples.Path_(Samples.SeedFileName)], jsonl: false);

        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(doc.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(output, Does.Contain("\n  \""), "pretty-printed");
        });
    }

    [Test]
    public async Task RunAsync_BadInputsBesideGoodOne_ReportsEachOnOneLineAndKeepsTheGoodOne()
    {
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, "b-good.txt"));
        await File.WriteAllBytesAsync(Path.Combine(_dir, "a-empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(_dir, "c-binary.bin"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00, 0xFF]);
        await File.WriteAllTextAsync(Path.Combine(_dir, "d-chrome.txt"), "Home\n\nNews\n\nContact");

        (int code, string output, FakeLogCollector logs) = await RunAsync([_dir, Path.Combine(_dir, "missing.txt")], jsonl: true);

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        List<string> errors = Errors(logs);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(() => JsonDocument.Parse(lines[0]), Throws.Nothing);
            Assert.That(errors, Has.Count.EqualTo(4));
            Assert.That(errors, Has.Some.Contains("a-empty.txt").And.Contains("empty file"));
            Assert.That(errors, Has.Some.Contains("c-binary.bin").And.Contains("binary"));
            Assert.That(errors, Has.Some.Contains("d-chrome.txt").And.Contains("not an article"));
            Assert.That(errors, Has.Some.Contains("missing.txt").And.Contains("no such file"));
            Assert.That(errors, Has.All.Not.Contains("\n"), "one line each");
        });
    }

    [Test]
    public async Task RunAsync_FeedWithATeaserBesideAStory_PublishesTheStoryAndWarnsNamingTheTeaser()
    {
        string full = FeedXml.ContentEncoded(HtmlPages.StoryParagraphs);
        await File.WriteAllTextAsync(Path.Combine(_dir, "world.rss"), FeedXml.Rss(
            FeedXml.RssItem("https://news.example.org/world/nato", "NATO weighs faster air defence deliveries", extra: full),
            FeedXml.RssItem("https://news.example.org/world/teaser", "Teaser only", extra: "<description>Read more.</description>")));

        (int code, string output, FakeLogCollector logs) = await RunAsync([_dir], jsonl: true);

        List<string> warnings = [.. logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message)];
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(warnings, Has.One.Contains("world.rss").And.Contains("item https://news.example.org/world/teaser: only a summary or a link"));
        });
    }

    [Test]
    public async Task RunAsync_NamedPipeInTheFolder_RejectedWithoutWaitingForAWriter()
    {
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, "b-good.txt"));
        NamedPipe.Create(Path.Combine(_dir, "a-pipe.html"));

        (int code, string output, FakeLogCollector logs) = await RunAsync([_dir], jsonl: true).WaitAsync(TimeSpan.FromMinutes(2));

        List<string> errors = Errors(logs);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(errors, Has.One.Contains("a-pipe.html").And.Contains("empty file"));
        });
    }

    [Test]
    public async Task RunAsync_OutputReaderGoneAway_StopsWithOneLineAndFatalCode()
    {
        for (int i = 0; i < 20; i++)
        {
            File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, $"{i:D2}.txt"));
        }

        // A real pipe whose reading end is closed: writes fail with EPIPE, as `wireingest ingest … | head` meets.
        using var output = new AnonymousPipeServerStream(PipeDirection.Out);
        new AnonymousPipeClientStream(PipeDirection.In, output.ClientSafePipeHandle).Dispose();
        output.DisposeLocalCopyOfClientHandle();

        (int code, FakeLogCollector logs) = await RunAsync([_dir], jsonl: true, output).WaitAsync(TimeSpan.FromMinutes(2));

        List<string> errors = Errors(logs);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(errors, Has.Count.EqualTo(1));
            Assert.That(errors, Has.All.StartsWith("output failed, the run stops:").And.Not.Contains('\n'));
            Assert.That(logs.GetSnapshot().Select(r => r.Message), Has.None.StartsWith("Ingested"), "no summary of a run that stopped");
        });
    }

    [Test]
    public async Task RunAsync_TwoInputs_WritesArrayInInputOrder()
    {
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, "1.txt"));
        string second = "Storm closes port\n\nBy Ana Ruiz\n\nA storm closed the city's main port on Monday, stranding dozens of ships and delaying deliveries across the region.\n\nOfficials expected it to reopen on Wednesday once the winds had eased.";
        await File.WriteAllTextAsync(Path.Combine(_dir, "2.txt"), second);

        (int code, string output, _) = await RunAsync([_dir], jsonl: false);

        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(doc.RootElement.GetArrayLength(), Is.EqualTo(2));
            Assert.That(doc.RootElement[1].GetProperty("headlines")[0].GetProperty("value").GetString(), Is.EqualTo("Storm closes port"));
        });
    }

    [Test]
    public async Task RunAsync_UrlWithSeveralInputs_IsAConfigurationError()
    {
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, "1.txt"));
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_dir, "2.txt"));

        (int code, _, _) = await RunAsync([_dir], jsonl: true, url: "https://example.com/a");

        Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
    }

    [Test]
    public async Task RunAsync_GzippedSeed_ReadsTheSameMessage()
    {
        string gz = Path.Combine(_dir, "seed.txt.gz");
        await using (var file = File.Create(gz))
        await using (var zip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            await zip.WriteAsync(await File.ReadAllBytesAsync(Samples.Path_(Samples.SeedFileName)));
        }

        (_, string plain, _) = await RunAsync([Samples.Path_(Samples.SeedFileName)], jsonl: true);
        (int code, string zipped, _) = await RunAsync([gz], jsonl: true);

        using JsonDocument a = JsonDocument.Parse(plain), b = JsonDocument.Parse(zipped);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(b.RootElement.GetProperty("bodies")[0].GetProperty("value").GetString(),
                Is.EqualTo(a.RootElement.GetProperty("bodies")[0].GetProperty("value").GetString()));
        });
    }
}
