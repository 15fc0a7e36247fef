using WireIngest.Core.Sources;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Ingestion;

/// <summary>What ingesting one document gave: never an exception for bad input (DataIngestion's <c>IngestionResult</c>).</summary>
/// <param name="Outcome">Ingested, or quarantined with its reason.</param>
/// <param name="Saves">One result per stored story, in document order (empty when quarantined).</param>
/// <param name="QuarantineId">The quarantine entry, when it failed.</param>
public sealed record IngestResult(DocumentOutcome Outcome, IReadOnlyList<SaveResult> Saves, long? QuarantineId = null);
