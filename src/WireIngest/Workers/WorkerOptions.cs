using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Workers;

/// <summary>The hosted pipeline's knobs (<c>WireIngest:Pipeline</c>).</summary>
internal sealed class WorkerOptions
{
    /// <summary>Documents buffered between the source loops and the ingest workers; a full channel makes sources wait.</summary>
    /// <value>Default 64.</value>
    [Range(1, 100_000)]
    public int ChannelCapacity { get; set; } = 64;

    /// <summary>Documents extracted and stored at once.</summary>
    /// <value>Default: the processor count.</value>
    [Range(1, 256)]
    public int IngestConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>How often the outbox relay looks for due messages besides being woken by new ones (embargoes end, failures retry).</summary>
    /// <value>Default 5 seconds.</value>
    [TimeSpanRange("00:00:00.010", "01:00:00")]
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a stop (SIGTERM, Ctrl+C) waits for the documents in flight to finish before it cancels them; keep it below the
    /// orchestrator's grace period (Docker <c>--stop-timeout</c>, 10 s by default; Kubernetes <c>terminationGracePeriodSeconds</c>, 30 s).
    /// </summary>
    /// <value>Default 25 seconds.</value>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);
}
