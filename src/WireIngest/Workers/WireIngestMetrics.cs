using System.Diagnostics.Metrics;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>
/// The worker's instruments under the <c>WireIngest</c> meter, exported as Prometheus text on <c>/metrics</c>:
/// stories per source and outcome (new, updated, duplicate, stale) and failed documents per source.
/// </summary>
internal sealed class WireIngestMetrics : IDisposable
{
    /// <summary>The meter's name, which the exporter listens to.</summary>
    public const string MeterName = "WireIngest";

    private readonly Meter _meter;
    private readonly Counter<long> _stories;
    private readonly Counter<long> _failed;

    public WireIngestMetrics()
    {
        // Not from IMeterFactory: the exporter lives in the health endpoint's own container and finds the meter by name.
        _meter = new Meter(MeterName);
        _stories = _meter.CreateCounter<long>("wireingest.stories", "{story}", "Stories stored or recognised, by source and outcome.");
        _failed = _meter.CreateCounter<long>("wireingest.documents.failed", "{document}", "Documents quarantined or not taken by the store, by source.");
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
            _stories.Add(1, new("source", source), new("outcome", save.Outcome.ToString().ToLowerInvariant()));
        }
    }

    /// <summary>Counts a document that was already ingested unchanged.</summary>
    public void RecordUnchanged(string source) =>
        _stories.Add(1, new("source", source), new("outcome", "duplicate"));

    /// <summary>Counts a document that failed.</summary>
    public void RecordFailure(string source) => _failed.Add(1, new KeyValuePair<string, object?>("source", source));

    public void Dispose() => _meter.Dispose();
}
