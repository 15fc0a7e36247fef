using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using WireIngest.Core.Publishing;

namespace WireIngest.Hosting;

/// <summary>Readiness of publishing: healthy while the relay's circuit is closed, degraded while it tries the broker again, unhealthy while open.</summary>
internal sealed class PublishingHealthCheck(PublishingCircuit circuit) : IHealthCheck
{
    public const string Name = "publishing";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["circuit"] = circuit.State.ToString() };
        HealthCheckResult result = circuit.State switch
        {
            CircuitState.Closed => HealthCheckResult.Healthy("The broker accepts messages.", data),
            CircuitState.HalfOpen => HealthCheckResult.Degraded($"Trying the broker again after: {circuit.LastFailure}", data: data),
            _ => HealthCheckResult.Unhealthy($"Publishing paused, messages wait in the outbox: {circuit.LastFailure}", data: data),
        };
        return Task.FromResult(result);
    }
}
