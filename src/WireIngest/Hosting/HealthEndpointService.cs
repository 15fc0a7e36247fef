using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Workers;

namespace WireIngest.Hosting;

/// <summary>Runs the health endpoint for the life of the worker when <c>WireIngest:Health:Port</c> is set.</summary>
internal sealed class HealthEndpointService(IServiceProvider services, IOptions<HealthOptions> options, ILogger<HealthEndpointService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        HealthOptions health = options.Value;
        if (health.Port == 0)
        {
            return;
        }

        string url = $"http://{health.Address}:{health.Port}";
        _app = HealthEndpoint.Build(services, url);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        WorkerLog.HealthListening(logger, url);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
