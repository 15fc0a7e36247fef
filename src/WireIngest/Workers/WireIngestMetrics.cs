using System.Diagnostics.Metrics;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Storage;
using WireIngest.Core.Telemetry;

namespace WireIngest.Workers;

/// <summary>
/// The worker's instruments under the <c>WireIngest</c> meter, exported as Prometheus text on <c>/metrics</c>: stories per source
/// and outcome (new, updated, duplicate, stale), failed documents per source, fetch, ingest and publish latency, and the outbox
/// depth and quarantine size read from the store.
/// </summary>
internal sealed class WireIngestMetrics : IDisposable
{
    /// <summary>The meter's name, which the exporter listens to.</summary>
    public const string MeterName = WireIngestActivities.SourceName;

    // Reading a local file takes milliseconds, a slow page download or a busy store seconds.
    private static readonly double[] DocumentBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    // A file write takes milliseconds; a broker round trip tens of milliseconds, a broker in trouble up to its timeout.
    private static readonly double[] PublishBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Meter _meter;
    private readonly Counter<long> _stories;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _fetch;
    private readonly Histogram<double> _ingest;
    private readonly Histogram<double> _publish;

    public WireIngestMetrics(StoreGauges gauges)
    {
        ArgumentNullException.ThrowIfNull(gauges);
        // Not from IMeterFactory: the exporter lives in the health endpoint's own container and finds the meter by name.
        _meter = new Meter(MeterName);
        _stories = _meter.CreateCounter<long>("wireingest.stories", "{story}", "Stories stored or recognised, by source and outcome.");
        _failed = _meter.CreateCounter<long>("wireingest.documents.failed", "{document}", "Documents quarantined or not taken by the store, by source.");
        _fetch = Seconds("wireingest.fetch.duration", "Time a source took to deliver one document (list, read, download), by source.", DocumentBuckets);
        _ingest = Seconds("wireingest.ingest.duration", "Time to extract, normalise and store one document, by source and outcome.", DocumentBuckets);
        _publish = Seconds("wireingest.publish.duration", "Time of one delivery to the sink (one message or one broker batch), by outcome.", PublishBuckets);
        _meter.CreateObservableGauge("wireingest.outbox.pending", () => Measure(gauges.Observe()?.OutboxPending), "{message}",
            "Messages in the outbox not yet published (embargoed, waiting for the broker or retrying).");
        _meter.CreateObservableGauge("wireingest.quarantine.entries", () => Measure(gauges.Observe()?.Quarantined), "{document}",
            "Quarantined documents not replayed yet.");
    }

    /// <summary>Counts one ingested document's stories, or the document as failed.</summary>
    public void Record(string source, IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome.Failed)
        {
            RecordFailure(source);
            return;
        }

        foreach (SaveResult save in result.Saves)
        {
            _stories.Add(1, new("source", source), new("outcome", TelemetryTags.OutcomeName(save.Outcome)));
        }
    }

    /// <summary>Counts a document that was already ingested unchanged.</summary>
    public void RecordUnchanged(string source) =>
        _stories.Add(1, new("source", source), new("outcome", "duplicate"));

    /// <summary>Counts a document that failed.</summary>
    public void RecordFailure(string source) => _failed.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records how long a source took to deliver one document.</summary>
    public void RecordFetch(string source, TimeSpan elapsed) =>
        _fetch.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records how long one document took from its bytes to its stored stories.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="outcome"><c>ingested</c>, <c>quarantined</c> or <c>failed</c> (the store failed).</param>
    /// <param name="elapsed">From the start of extraction to the commit.</param>
    public void RecordIngest(string source, string outcome, TimeSpan elapsed) =>
        _ingest.Record(elapsed.TotalSeconds, new("source", source), new("outcome", outcome));

    /// <summary>Records one delivery to the sink.</summary>
    public void RecordPublish(bool delivered, TimeSpan elapsed) =>
        _publish.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));

    public void Dispose() => _meter.Dispose();

    private Histogram<double> Seconds(string name, string description, double[] buckets) =>
        _meter.CreateHistogram(name, "s", description, tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = buckets });

    private static IEnumerable<Measurement<int>> Measure(int? value) => value is { } v ? [new Measurement<int>(v)] : [];
}
