using WireIngest.Core.Pipeline;

namespace WireIngest.Ingest;

/// <summary>What one input gave: a result, or the one-line reason it failed.</summary>
internal sealed record InputOutcome(string Input, DocumentResult? Result, string? Error, bool Unexpected = false, Exception? Exception = null);
