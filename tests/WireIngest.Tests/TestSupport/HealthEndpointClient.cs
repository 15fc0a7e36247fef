using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WireIngest.Hosting;

namespace WireIngest.Tests.TestSupport;

/// <summary>A worker's health endpoint served on a free loopback port (127.0.0.1:0), asked over real HTTP.</summary>
internal sealed class HealthEndpointClient : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private HealthEndpointClient(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        _client = new HttpClient { BaseAddress = address };
    }

    /// <summary>Where the endpoint listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the endpoint of <paramref name="worker"/>.</summary>
    public static async Task<HealthEndpointClient> StartAsync(IHost worker)
    {
        WebApplication app = HealthEndpoint.Build(worker.Services, "http://127.0.0.1:0");
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HealthEndpointClient(app, new Uri(address));
    }

    /// <summary>Starts the endpoint, runs <paramref name="before"/>, GETs <paramref name="path"/> once and stops.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetTextAsync(IHost worker, string path, Action? before = null)
    {
        await using HealthEndpointClient endpoint = await StartAsync(worker);
        before?.Invoke();
        return await endpoint.GetTextAsync(path);
    }

    /// <summary>GETs <paramref name="path"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetTextAsync(string path)
    {
        using HttpResponseMessage response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
