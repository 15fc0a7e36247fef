using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WireIngest.Cli;
using WireIngest.Core.Telemetry;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class TraceExportTests
{
    private WorkerHarness _harness = null!;
    private WebApplication _collector = null!;
    private readonly ConcurrentQueue<byte[]> _exports = new();

    /// <summary>An OTLP/HTTP collector on 127.0.0.1:0 that keeps every export request's body.</summary>
    [SetUp]
    public async Task SetUp()
    {
        _harness = new WorkerHarness();
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        _collector = builder.Build();
        _collector.MapPost("/v1/traces", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            _exports.Enqueue(body.ToArray());
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await _collector.StartAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _collector.StopAsync();
        await _collector.DisposeAsync();
        _harness.Dispose();
    }

    private string CollectorUrl => _collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/v1/traces";

    [Test]
    [CancelAfter(60_000)]
    public async Task RunOnce_OtlpEndpointSet_ExportsTheDocumentsSpansToTheCollector(CancellationToken cancellationToken)
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_harness.Inbox, Samples.SeedFileName));

        int code = await _harness.RunOnceAsync(_harness.Settings("scan",
            "--WireIngest:Telemetry:OtlpEndpoint=" + CollectorUrl, "--WireIngest:Telemetry:OtlpProtocol=http/protobuf"));

        // Span names and attribute keys travel as UTF-8 strings inside the protobuf.
        string exported = string.Concat(_exports.Select(e => Encoding.UTF8.GetString(e)));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(exported, Does.Contain("ingest").And.Contain("normalize").And.Contain("publish"));
            Assert.That(exported, Does.Contain(TelemetryTags.ArticleId).And.Contain(TelemetryTags.Agency).And.Contain("wireingest"));
        });
    }

    [Test]
    public async Task RunOnce_NoOtlpEndpoint_ExportsNothing()
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_harness.Inbox, Samples.SeedFileName));

        int code = await _harness.RunOnceAsync(_harness.Settings());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(_exports, Is.Empty);
        });
    }
}
