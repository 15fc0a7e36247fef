using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WireIngest.Core.Telemetry;
using WireIngest.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the export of WireIngest's traces.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Sends the <c>WireIngest</c> activities to the OTLP collector at <c>WireIngest:Telemetry:OtlpEndpoint</c> when it is set;
    /// nothing otherwise (a malformed endpoint registers nothing and is reported by the start-up validation).
    /// </summary>
    public static IServiceCollection AddWireIngestTracing(this IServiceCollection services, IConfiguration configuration)
    {
        TelemetryOptions telemetry = configuration.GetSection("WireIngest:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!Uri.TryCreate(telemetry.OtlpEndpoint, UriKind.Absolute, out Uri? endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            return services;
        }

        OtlpExportProtocol protocol = string.Equals(telemetry.OtlpProtocol, TelemetryOptions.HttpProtobuf, StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("wireingest"))
            .WithTracing(tracing => tracing.AddSource(WireIngestActivities.SourceName).AddOtlpExporter(otlp =>
            {
                otlp.Endpoint = endpoint;
                otlp.Protocol = protocol;
            }));
        return services;
    }
}
