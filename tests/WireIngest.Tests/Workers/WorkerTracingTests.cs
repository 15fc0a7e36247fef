using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WireIngest.Cli;
using WireIngest.Core.Telemetry;
using WireIngest.Tests.TestSupport;
using WireIngest.Workers;

namespace WireIngest.Tests.Workers;

[TestFixture]
public sealed class WorkerTracingTests
{
    private WorkerHarness _harness = null!;
    private ConcurrentQueue<Activity> _stopped = null!;
    private ActivityListener _listener = null!;

    [SetUp]
    public void SetUp()
    {
        _harness = new WorkerHarness();
        _stopped = new ConcurrentQueue<Activity>();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WireIngestActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [TearDown]
    public void TearDown()
    {
        _listener.Dispose();
        _harness.Dispose();
    }

    private async Task<int> RunOnceAsync(CancellationToken cancellationToken, Core.Publishing.IMessageSink? sink = null)
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_harness.Inbox, Samples.SeedFileName));
        using IHost worker = WorkerHost.Build(_harness, sink);
        return await worker.Services.GetRequiredService<OnceRunner>().RunAsync(cancellationToken);
    }

    /// <summary>The document's root activity (the harness names its source <c>inbox</c>).</summary>
    private Activity Ingest => _stopped.Single(a => a.OperationName == "ingest" && a.GetTagItem(TelemetryTags.Source) as string == "inbox");

    [Test]
    [CancelAfter(60_000)]
    public async Task RunOnce_OneStory_TracesExtractNormalizeAndStoreUnderTheDocumentsIngest(CancellationToken cancellationToken)
    {
        int code = await RunOnceAsync(cancellationToken);

        Activity ingest = Ingest;
        Activity[] children = [.. _stopped.Where(a => a.ParentSpanId == ingest.SpanId)];
        Activity store = children.Single(a => a.OperationName == "store");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(children.Select(a => a.OperationName), Is.EquivalentTo(new[] { "extract", "normalize", "store" }));
            Assert.That(children.Select(a => a.TraceId), Has.All.EqualTo(ingest.TraceId));
            Assert.That(ingest.GetTagItem(TelemetryTags.Document) as string, Does.EndWith(Samples.SeedFileName));
            Assert.That(ingest.GetTagItem(TelemetryTags.ArticleId) as string, Is.Not.Empty);
            Assert.That(store.GetTagItem(TelemetryTags.ArticleId), Is.EqualTo(ingest.GetTagItem(TelemetryTags.ArticleId)));
            Assert.That(store.GetTagItem(TelemetryTags.Agency), Is.EqualTo("Reuters"));
            Assert.That(ingest.GetTagItem(TelemetryTags.Agency), Is.EqualTo("Reuters"));
            Assert.That(store.GetTagItem(TelemetryTags.Outcome), Is.EqualTo("new"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task RunOnce_OneStory_TracesTheFetchAndThePublishOfItsArticle(CancellationToken cancellationToken)
    {
        await RunOnceAsync(cancellationToken);

        string articleId = (string)Ingest.GetTagItem(TelemetryTags.ArticleId)!;
        Activity fetch = _stopped.Single(a => a.OperationName == "fetch" && a.GetTagItem(TelemetryTags.Source) as string == "inbox");
        Activity publish = _stopped.Single(a => a.OperationName == "publish" && a.GetTagItem(TelemetryTags.ArticleId) as string == articleId);
        Assert.Multiple(() =>
        {
            Assert.That(fetch.GetTagItem(TelemetryTags.Document) as string, Does.EndWith(Samples.SeedFileName));
            Assert.That(fetch.Duration, Is.GreaterThanOrEqualTo(TimeSpan.Zero));
            Assert.That(publish.Kind, Is.EqualTo(ActivityKind.Producer));
            Assert.That(publish.GetTagItem(TelemetryTags.Outcome), Is.EqualTo("delivered"));
            Assert.That(publish.Status, Is.EqualTo(ActivityStatusCode.Unset));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task RunOnce_BrokerDown_MarksThePublishFailedWithTheReason(CancellationToken cancellationToken)
    {
        await RunOnceAsync(cancellationToken, new BrokerDownSink());

        string articleId = (string)Ingest.GetTagItem(TelemetryTags.ArticleId)!;
        Activity publish = _stopped.First(a => a.OperationName == "publish" && a.GetTagItem(TelemetryTags.ArticleId) as string == articleId);
        Assert.Multiple(() =>
        {
            Assert.That(publish.GetTagItem(TelemetryTags.Outcome), Is.EqualTo("failed"));
            Assert.That(publish.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(publish.StatusDescription, Is.EqualTo("broker unreachable"));
        });
    }
}
