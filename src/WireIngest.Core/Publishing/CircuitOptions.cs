using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Core.Publishing;

/// <summary>
/// When the relay stops calling a failing broker (<c>WireIngest:Circuit</c>). The broker client retries each send first; the
/// circuit counts what is left after those retries, so one failure here already means the broker stayed down for a while.
/// </summary>
public sealed class CircuitOptions
{
    /// <summary>Sends within <see cref="SamplingDuration"/> before the failure ratio (more than half failed) can open the circuit.</summary>
    /// <value>Default 2: one failure after a success does not open it, two in a row do.</value>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 2;

    /// <summary>The window the failure ratio is measured over.</summary>
    /// <value>Default 2 minutes.</value>
    [TimeSpanRange("00:00:00.5", "1.00:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the relay leaves the broker alone once the circuit opened; then one trial send decides.</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.5", "1.00:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
