using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Configuration;
using WireIngest.Hosting;

namespace WireIngest.Cli;

/// <summary>
/// <c>wireingest probe [--url URL]</c>: the container's <c>HEALTHCHECK</c> (the runtime image has no curl or wget). GETs the
/// health endpoint, by default <c>/healthz</c> on the configured <c>WireIngest:Health:Port</c>, and exits 0 on 200, 1 otherwise.
/// No host, no store: it runs every few seconds beside the worker.
/// </summary>
internal static class ProbeCommand
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "The URL to GET (default: /healthz on 127.0.0.1 and WireIngest:Health:Port)." };
        var command = new Command("probe", "Check that the worker's health endpoint answers 200 (exit 0) or not (exit 1); for container health checks.")
        {
            url,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
            ExecuteAsync(parse.GetValue(url), [.. parse.UnmatchedTokens], parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    /// <summary>Probes <paramref name="url"/>, or the configured endpoint's <c>/healthz</c>; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(string? url, string[] configArgs, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out Uri? given) && given.Scheme is "http" or "https"))
        {
            await output.WriteLineAsync($"probe: --url '{url}' is not an absolute http(s) URL").ConfigureAwait(false);
            return ExitCodes.Fatal;
        }

        Uri? target = url is null ? ConfiguredUrl(configArgs) : new Uri(url);
        if (target is null)
        {
            await output.WriteLineAsync("probe: the health endpoint is off (WireIngest:Health:Port is 0); set it or give --url").ConfigureAwait(false);
            return ExitCodes.Fatal;
        }

        using var client = new HttpClient { Timeout = RequestTimeout };
        try
        {
            using HttpResponseMessage response = await client.GetAsync(target, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"probe: {target} answered {(int)response.StatusCode} {response.ReasonPhrase}").ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK ? ExitCodes.Success : ExitCodes.Fatal;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"probe: {target} did not answer: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Fatal;
        }
    }

    private static Uri? ConfiguredUrl(string[] configArgs)
    {
        IConfiguration configuration = WireIngestHost.AddSources(new ConfigurationBuilder(), configArgs).Build();
        HealthOptions health = configuration.GetSection("WireIngest:Health").Get<HealthOptions>() ?? new HealthOptions();
        return health.LocalUrl("/healthz");
    }
}
