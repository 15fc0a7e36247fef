using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WireIngest.Tests.Sources.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port (read back after start), with handlers per path and a log of every
/// request. No configuration sources, so nothing watches files.
/// </summary>
internal sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private LocalWebServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<LocalWebServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        LocalWebServer? server = null;
        // The pipeline is fixed at start; the server object exists before any request can arrive.
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LocalWebServer(app, new Uri(address));
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Serves <paramref name="body"/> with an ETag, answering 304 to a matching <c>If-None-Match</c>.</summary>
    public void MapText(string path, string body, string contentType = "text/html; charset=utf-8", string? etag = null) =>
        MapBytes(path, Encoding.UTF8.GetBytes(body), contentType, etag);

    public void MapBytes(string path, byte[] body, string contentType, string? etag = null) => Map(path, async context =>
    {
        string tag = etag ?? $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..16]}\"";
        context.Response.Headers.ETag = tag;
        if (context.Request.Headers.IfNoneMatch.ToString() == tag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    public void MapRedirect(string path, string location) => Map(path, context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    /// <summary>Requests for <paramref name="path"/>.</summary>
    public RecordedRequest[] RequestsFor(string path) => [.. Requests.Where(r => r.Path == path)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        try
        {
            if (_routes.TryGetValue(path, out RequestDelegate? handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }
        finally
        {
            Requests.Enqueue(new RecordedRequest(path, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.UserAgent.ToString(), context.Response.StatusCode));
        }
    }
}
