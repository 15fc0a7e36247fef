using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WireIngest.Cli;
using WireIngest.Tests.TestSupport;
using WireIngest.Workers;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class MetricsEndpointTests
{
    private WorkerHarness _harness = null!;

    [SetUp]
    public void SetUp() => _harness = new WorkerHarness();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    /// <summary>The value of the one series of <paramref name="metric"/> whose labels contain all <paramref name="labels"/>, else <c>null</c>.</summary>
    private static double? Value(string[] lines, string metric, params string[] labels)
    {
        string[] series = [.. lines.Where(l => (l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
                                              && labels.All(label => l.Contains(label, StringComparison.Ordinal)))];
        if (series.Length != 1)
        {
            return null;
        }

        string line = series[0];
        string rest = line.Contains('}', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
        return double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Metrics_SamplesIngestedWithBrokerDown_ExportsOutboxQuarantineLatenciesAndStoryCounts(CancellationToken cancellationToken)
    {
        string[] samples = Directory.GetFiles(Samples.InboxPath);
        foreach (string sample in samples)
        {
            File.Copy(sample, Path.Combine(_harness.Inbox, Path.GetFileName(sample)));
        }

        _harness.Write("blank.txt", "   \n");
        using IHost worker = WorkerHost.Build(_harness, new BrokerDownSink());

        await using HealthEndpointClient endpoint = await HealthEndpointClient.StartAsync(worker);

        int code = await worker.Services.GetRequiredService<OnceRunner>().RunAsync(cancellationToken);
        (HttpStatusCode status, string body) = await endpoint.GetTextAsync("/metrics");

        string[] lines = body.Split('\n');
        const string inbox = "source=\"inbox\"";
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.PublishFailed));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Value(lines, "wireingest_outbox_pending"), Is.EqualTo(samples.Length), "one pending message per sample story");
            Assert.That(Value(lines, "wireingest_quarantine_entries"), Is.EqualTo(1));
            Assert.That(Value(lines, "wireingest_stories_total", inbox, "outcome=\"new\""), Is.EqualTo(samples.Length));
            Assert.That(Value(lines, "wireingest_documents_failed_total", inbox), Is.EqualTo(1));
            Assert.That(Value(lines, "wireingest_fetch_duration_seconds_count", inbox), Is.EqualTo(samples.Length + 1));
            Assert.That(Value(lines, "wireingest_ingest_duration_seconds_count", inbox, "outcome=\"ingested\""), Is.EqualTo(samples.Length));
            Assert.That(Value(lines, "wireingest_ingest_duration_seconds_count", inbox, "outcome=\"quarantined\""), Is.EqualTo(1));
            Assert.That(Value(lines, "wireingest_ingest_duration_seconds_sum", inbox, "outcome=\"ingested\""), Is.GreaterThan(0));
            Assert.That(Value(lines, "wireingest_publish_duration_seconds_count", "outcome=\"failed\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(lines, "wireingest_publish_duration_seconds_count", "outcome=\"delivered\""), Is.Null, "nothing was delivered");
            Assert.That(Value(lines, "wireingest_ingest_duration_seconds_bucket", inbox, "outcome=\"ingested\"", "le=\"0.005\""), Is.Not.Null, "explicit buckets");
            Assert.That(Value(lines, "wireingest_ingest_duration_seconds_bucket", inbox, "outcome=\"ingested\"", "le=\"+Inf\""), Is.EqualTo(samples.Length));
        });
    }
}
