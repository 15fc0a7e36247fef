using System.Collections.Concurrent;
using WireIngest.Cli;
using WireIngest.Core.Ingestion;

namespace WireIngest.Workers;

/// <summary>
/// What the run has done so far: a summary per source and whether a fatal error stopped it. The .NET 10 host returns normally
/// even when a worker failed, so the verb reads its exit code from here.
/// </summary>
internal sealed class WorkerState
{
    private readonly ConcurrentDictionary<string, SourceSummary> _summaries = new(StringComparer.Ordinal);
    private int _fatal;

    public SourceSummary For(string source) => _summaries.GetOrAdd(source, static name => new SourceSummary(name));

    public IReadOnlyCollection<SourceSummary> Summaries => [.. _summaries.Values.OrderBy(s => s.Source, StringComparer.Ordinal)];

    public bool Fatal => Volatile.Read(ref _fatal) != 0;

    public void MarkFatal() => Interlocked.Exchange(ref _fatal, 1);

    /// <summary>The exit code so far: fatal 1, a failed document 2, else 0.</summary>
    public int ExitCode => Fatal ? ExitCodes.Fatal : Summaries.Any(s => s.Failed > 0) ? ExitCodes.InputFailed : ExitCodes.Success;
}
