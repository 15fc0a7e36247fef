using System.Collections.Concurrent;
using WireIngest.Core.Extraction;

namespace WireIngest.Core.Sources.Http;

/// <summary>
/// robots.txt per host, fetched once per poll (the cache is cleared when a poll starts): 2xx is parsed, any other final answer
/// (4xx, too large, bad redirects) allows everything, and a transient failure makes the host unreachable for this poll.
/// </summary>
internal sealed class RobotsPolicy(HttpFetcher fetcher, string userAgent)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsRules? Rules, string? Error)>>> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forgets every host's rules: the next check of each fetches robots.txt again.</summary>
    public void Forget() => _hosts.Clear();

    /// <summary>Whether <paramref name="url"/> may be fetched; <paramref name="error"/> tells why robots.txt was unreachable.</summary>
    public async Task<(RobotsVerdict Verdict, string? Error)> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var robots = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        (RobotsRules? rules, string? error) = await _hosts.GetOrAdd(
            robots.AbsoluteUri,
            _ => new Lazy<Task<(RobotsRules?, string?)>>(() => FetchAsync(robots, cancellationToken))).Value.ConfigureAwait(false);
        if (rules is null)
        {
            return (RobotsVerdict.Unreachable, $"robots.txt of {url.Authority} unreachable: {error}");
        }

        return (rules.IsAllowed(url) ? RobotsVerdict.Allowed : RobotsVerdict.Disallowed, null);
    }

    private async Task<(RobotsRules?, string?)> FetchAsync(Uri robots, CancellationToken cancellationToken)
    {
        HttpFetchResult result = await fetcher.GetAsync(robots, null, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            HttpFetchStatus.Fetched => (RobotsRules.Parse(CharsetDecoder.Decode(result.Content, "utf-8"), userAgent), null),
            HttpFetchStatus.Failed when result.Transient => (null, result.Error),
            _ => (RobotsRules.AllowAll, null),
        };
    }
}
