using System.Diagnostics;

namespace WireIngest.Core.Telemetry;

/// <summary>
/// The one <see cref="ActivitySource"/> of WireIngest: a document's way through fetch → ingest (extract, normalize, store) and a
/// message's publish are activities under it. Nothing is recorded unless a listener or exporter asks for this source.
/// </summary>
public static class WireIngestActivities
{
    /// <summary>The source's name, which listeners and exporters subscribe to (the meter has the same name).</summary>
    public const string SourceName = "WireIngest";

    /// <summary>The source every stage starts its activities from.</summary>
    public static ActivitySource Source { get; } = new(SourceName);
}
