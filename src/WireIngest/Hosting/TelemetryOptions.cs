using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Hosting;

/// <summary>Metrics and traces (<c>WireIngest:Telemetry</c>).</summary>
internal sealed class TelemetryOptions
{
    /// <summary>How long the outbox and quarantine gauges reuse their last read of the store before counting again.</summary>
    /// <value>Default 5 seconds.</value>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan StoreGaugeMaxAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The <see cref="OtlpProtocol"/> value for OTLP over HTTP.</summary>
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>
    /// An OTLP collector to send traces to: <c>http://otel-collector:4317</c> (gRPC), or the full URL of its traces path with
    /// <see cref="OtlpProtocol"/> <c>http/protobuf</c> (<c>http://otel-collector:4318/v1/traces</c>); unset: traces are not exported.
    /// </summary>
    /// <value>Default unset.</value>
    [Url(ErrorMessage = "an absolute http(s) URL")]
    public string? OtlpEndpoint { get; set; }

    /// <summary>How traces reach <see cref="OtlpEndpoint"/>: <c>grpc</c> or <c>http/protobuf</c>.</summary>
    /// <value>Default <c>grpc</c>.</value>
    [RegularExpression("^(?i)(grpc|http/protobuf)$", ErrorMessage = "grpc or http/protobuf")]
    public string OtlpProtocol { get; set; } = "grpc";
}
