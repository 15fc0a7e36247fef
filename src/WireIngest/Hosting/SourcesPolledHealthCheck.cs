using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WireIngest.Workers;

namespace WireIngest.Hosting;

/// <summary>
/// Readiness of the sources: each finished a poll within twice its interval plus a grace (a poll of a large folder takes time,
/// and a full channel makes a source wait for the ingest workers); a stuck loop fails it.
/// </summary>
internal sealed class SourcesPolledHealthCheck(IOptions<SourceListOptions> options, SourcePollClock clock) : IHealthCheck
{
    public const string Name = "sources";

    /// <summary>Added to twice the interval before a source counts as late.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        DateTimeOffset now = clock.Now;
        List<string> late = [.. options.Value.Sources
            .Where(s => now - clock.LastPollOrStart(s.DisplayName) > (2 * s.PollInterval) + Grace)
            .Select(s => s.DisplayName)];
        return Task.FromResult(late.Count == 0
            ? HealthCheckResult.Healthy("Every source polled within its schedule.")
            : HealthCheckResult.Unhealthy($"Not polled within schedule: {string.Join(", ", late)}"));
    }
}
