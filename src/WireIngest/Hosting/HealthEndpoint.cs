using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using WireIngest.Workers;

namespace WireIngest.Hosting;

/// <summary>
/// A small Kestrel app beside the worker: <c>/healthz</c> answers while the process runs, <c>/readyz</c> runs the worker's
/// checks tagged <c>ready</c>, <c>/metrics</c> is the <c>WireIngest</c> meter in Prometheus text (the store gauges counted first when their count is old). It has no configuration sources of its own (nothing to reload, nothing to watch).
/// </summary>
internal static class HealthEndpoint
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Builds the app listening on <paramref name="url"/> (port 0: a free port, read back from the server's addresses).</summary>
    /// <param name="worker">The worker's services: the checks run there.</param>
    /// <param name="url">For example <c>http://0.0.0.0:8080</c>.</param>
    public static WebApplication Build(IServiceProvider worker, string url)
    {
        HealthCheckService checks = worker.GetRequiredService<HealthCheckService>();
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(url);
        builder.Services.AddRoutingCore();
        WebApplication app = builder.Build();
        StoreGauges gauges = worker.GetRequiredService<StoreGauges>();
        // The exporter reads gauges synchronously: the store is counted (if the last count is old) before it does.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/metrics", StringComparison.Ordinal))
            {
                await gauges.RefreshAsync().WaitAsync(context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });
        // The worker's meter provider: it has listened since the worker started, not since this endpoint did.
        app.MapPrometheusScrapingEndpoint("/metrics", worker.GetRequiredService<MeterProvider>(), configureBranchedPipeline: null, optionsName: null);
        app.MapGet("/healthz", context => WriteAsync(context, StatusCodes.Status200OK, new HealthBody("Healthy", null)));
        app.MapGet("/readyz", async context =>
        {
            HealthReport report = await checks.CheckHealthAsync(r => r.Tags.Contains(ReadyTag), context.RequestAborted).ConfigureAwait(false);
            // Degraded (the relay trying the broker again) is still ready: only an unhealthy check takes it out of rotation.
            int status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            var entries = report.Entries.ToDictionary(e => e.Key, e => new HealthEntryBody(e.Value.Status.ToString(), e.Value.Description), StringComparer.Ordinal);
            await WriteAsync(context, status, new HealthBody(report.Status.ToString(), entries)).ConfigureAwait(false);
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, int status, HealthBody body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson.Default.HealthBody, context.RequestAborted);
    }
}
