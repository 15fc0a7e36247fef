using WireIngest.Core.Sources;

namespace WireIngest.Workers;

/// <summary>A document on its way from a source loop to an ingest worker.</summary>
internal sealed record WorkItem(IWireSource Source, SourceDocument Document);
