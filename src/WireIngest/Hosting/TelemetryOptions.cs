using System.ComponentModel.DataAnnotations;

namespace WireIngest.Hosting;

/// <summary>Metrics and traces (<c>WireIngest:Telemetry</c>).</summary>
internal sealed class TelemetryOptions
{
    /// <summary>How long the outbox and quarantine gauges reuse their last read of the store before counting again.</summary>
    /// <value>Default 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StoreGaugeMaxAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An OTLP (gRPC) collector to send traces to, e.g. <c>http://otel-collector:4317</c>; unset: traces are not exported.</summary>
    /// <value>Default unset.</value>
    [Url(ErrorMessage = "an absolute http(s) URL")]
    public string? OtlpEndpoint { get; set; }
}
