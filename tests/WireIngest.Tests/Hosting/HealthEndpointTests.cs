using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using WireIngest.Cli;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Workers;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class HealthEndpointTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private static IHost WorkerHost(string storePath, Action<IServiceCollection>? configure = null)
    {
        HostApplicationBuilder builder = WireIngestHost.CreateBuilder(["--WireIngest:Store:Path=" + storePath], dataOnStdout: true);
        builder.Services.AddWireIngestWorker(hosted: false);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(IHost worker, string path)
    {
        (HttpStatusCode status, string text) = await HealthEndpointClient.GetTextAsync(worker, path);
        using JsonDocument body = JsonDocument.Parse(text);
        return (status, body.RootElement.Clone());
    }

    [Test]
    public async Task Metrics_StoriesRecorded_ExportsPrometheusCountersPerSourceAndOutcome()
    {
        using IHost worker = WorkerHost(_folder.Combine("data", "test.db"));
        WireIngestMetrics metrics = worker.Services.GetRequiredService<WireIngestMetrics>();

        (HttpStatusCode status, string body) = await HealthEndpointClient.GetTextAsync(worker, "/metrics", () =>
        {
            metrics.Record("metrics-test", new IngestResult(DocumentOutcome.Ingested, [new SaveResult(SaveOutcome.New, "a", 1, "m")]));
            metrics.RecordFailure("metrics-test");
        });

        string[] lines = body.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(lines, Has.Some.Match(@"^wireingest_stories_total\{.*outcome=""new"".*source=""metrics-test"".*\} 1( |$)"));
            Assert.That(lines, Has.Some.Match(@"^wireingest_documents_failed_total\{.*source=""metrics-test"".*\} 1( |$)"));
        });
    }

    [Test]
    public async Task Healthz_RunningProcess_Returns200()
    {
        using IHost worker = WorkerHost(_folder.Combine("data", "test.db"));

        (HttpStatusCode status, JsonElement body) = await GetAsync(worker, "/healthz");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task Readyz_WritableStoreAndClosedCircuit_Returns200WithEachCheck()
    {
        using IHost worker = WorkerHost(_folder.Combine("data", "test.db"));

        (HttpStatusCode status, JsonElement body) = await GetAsync(worker, "/readyz");

        JsonElement checks = body.GetProperty("checks");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(checks.GetProperty(StoreWritableHealthCheck.Name).GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty(PublishingHealthCheck.Name).GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task Readyz_StoreFolderIsAFile_Returns503NamingTheStore()
    {
        string blocker = _folder.Write("blocker", "not a folder");
        using IHost worker = WorkerHost(Path.Combine(blocker, "test.db"));

        (HttpStatusCode status, JsonElement body) = await GetAsync(worker, "/readyz");

        JsonElement store = body.GetProperty("checks").GetProperty(StoreWritableHealthCheck.Name);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(store.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(store.GetProperty("description").GetString(), Does.StartWith("The store cannot be written"));
        });
    }

    [Test]
    public async Task Readyz_DegradedCheck_StaysReady()
    {
        using IHost worker = WorkerHost(_folder.Combine("data", "test.db"),
            services => services.AddHealthChecks().AddCheck("trial", () => HealthCheckResult.Degraded("trying again"), tags: [HealthEndpoint.ReadyTag]));

        (HttpStatusCode status, JsonElement body) = await GetAsync(worker, "/readyz");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
        });
    }

    [TestCase("--WireIngest:Health:Port=70000", "WireIngest:Health")]
    [TestCase("--WireIngest:Health:Port=-1", "WireIngest:Health")]
    [TestCase("--WireIngest:Health:Address=not an address", "WireIngest:Health")]
    public async Task Run_InvalidHealthSetting_ExitsOneNamingTheSetting(string setting, string named)
    {
        var harness = new WorkerHarness();
        try
        {
            int code = await harness.RunHostedAsync(harness.Settings("scan", setting), CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
                Assert.That(harness.Messages(Microsoft.Extensions.Logging.LogLevel.Critical), Has.Some.Contains(named));
            });
        }
        finally
        {
            harness.Dispose();
        }
    }
}
