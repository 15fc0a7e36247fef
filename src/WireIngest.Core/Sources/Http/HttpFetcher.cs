using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using WireIngest.Core.Extraction;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources.Http;

/// <summary>
/// GETs one URL the way the HTTP source must: per-host politeness (<see cref="HostGate"/>), a per-host Polly pipeline (retry with
/// exponential backoff and jitter honouring <c>Retry-After</c>, circuit breaker, per-attempt timeout covering the body), the size
/// cap enforced while reading, and redirects followed by hand so that each hop is bounded and http(s) only.
/// </summary>
internal sealed class HttpFetcher : IDisposable
{
    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the failure stands and the next poll tries again.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private readonly SourceOptions _options;
    private readonly long _maxBytes;
    private readonly TimeProvider _timeProvider;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline _timeout;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpAttempt>> _pipelines = new(StringComparer.OrdinalIgnoreCase);

    public HttpFetcher(SourceOptions options, DocumentLimits limits, TimeProvider timeProvider, HttpMessageHandler? handler = null)
    {
        _options = options;
        _maxBytes = limits.MaxDocumentBytes;
        _timeProvider = timeProvider;
        handler ??= new SocketsHttpHandler
        {
            // Redirects are followed here, hop by hop, so a hop to file: or ftp: is refused and the count is ours.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _timeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddTimeout(options.RequestTimeout).Build();
    }

    /// <summary>GETs <paramref name="url"/>, conditionally when <paramref name="validators"/> are given; never throws for HTTP failures.</summary>
    public async Task<HttpFetchResult> GetAsync(Uri url, HttpValidators? validators, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri>();
        Uri current = url;
        for (int redirects = 0; ; redirects++)
        {
            if (!visited.Add(current))
            {
                return HttpFetchResult.Failure(current, $"redirect loop at {current}", transient: false);
            }

            HttpAttempt response;
            try
            {
                response = await SendAsync(current, validators, cancellationToken).ConfigureAwait(false);
            }
            catch (BrokenCircuitException)
            {
                return HttpFetchResult.Failure(current, $"circuit open for {current.Authority} after repeated failures", transient: true);
            }
            catch (TimeoutRejectedException)
            {
                return HttpFetchResult.Failure(current, string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.RequestTimeout.TotalSeconds:0.###} s"), transient: true);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                return HttpFetchResult.Failure(current, "request failed: " + ex.Message, transient: true);
            }
            catch (DocumentRejectedException ex)
            {
                return HttpFetchResult.Failure(current, ex.Message, transient: false);
            }

            if (!response.IsRedirect)
            {
                return Result(current, response);
            }

            if (response.Location is null)
            {
                return HttpFetchResult.Failure(current, $"HTTP {response.StatusCode} redirect without a Location", transient: false);
            }

            Uri next = new(current, response.Location);
            if (!HttpUrls.IsHttp(next))
            {
                return HttpFetchResult.Failure(current, $"redirect to a non-http URL refused ({next.Scheme}:)", transient: false);
            }

            if (redirects >= _options.MaxRedirects)
            {
                return HttpFetchResult.Failure(current, $"too many redirects (more than {_options.MaxRedirects})", transient: false);
            }

            current = next;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        foreach (HostGate gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private static HttpFetchResult Result(Uri url, HttpAttempt response) => response.StatusCode switch
    {
        304 => HttpFetchResult.NotModified(url),
        >= 200 and < 300 => new HttpFetchResult(
            HttpFetchStatus.Fetched, url, response.Body, response.ContentType, new HttpValidators(response.ETag, response.LastModifiedText), response.LastModified, null, false),
        _ => HttpFetchResult.Failure(url, $"HTTP {response.StatusCode} {response.Reason}".TrimEnd(), response.IsTransient),
    };

    private Task<HttpAttempt> SendAsync(Uri url, HttpValidators? validators, CancellationToken cancellationToken)
    {
        HostGate gate = _gates.GetOrAdd(url.Authority, _ => new HostGate(_options.MaxConcurrencyPerHost, _options.PerHostDelay, _timeProvider));
        ResiliencePipeline<HttpAttempt> pipeline = _pipelines.GetOrAdd(url.Authority, _ => BuildHostPipeline());
        return pipeline.ExecuteAsync(
            async token =>
            {
                // The host's turn is waited for outside the attempt's timeout, which is for the server alone.
                using IDisposable slot = await gate.EnterAsync(token).ConfigureAwait(false);
                return await _timeout.ExecuteAsync(t => new ValueTask<HttpAttempt>(AttemptAsync(url, validators, t)), token).ConfigureAwait(false);
            },
            cancellationToken).AsTask();
    }

    private ResiliencePipeline<HttpAttempt> BuildHostPipeline()
    {
        Predicate<Outcome<HttpAttempt>> transient = new PredicateBuilder<HttpAttempt>()
            .Handle<HttpRequestException>().Handle<IOException>().Handle<TimeoutRejectedException>()
            .HandleResult(r => r.IsTransient)
            .Build();
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = _timeProvider };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                ShouldHandle = args => new ValueTask<bool>(transient(args.Outcome) && !(args.Outcome.Result is { RetryAfter: { } after } && after > MaxRetryAfter)),
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                // Retry-After wins over the backoff; null falls back to it.
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpAttempt>
            {
                ShouldHandle = args => new ValueTask<bool>(transient(args.Outcome)),
                FailureRatio = 0.5,
                MinimumThroughput = 6,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = _options.CircuitBreakDuration,
            })
            .Build();
    }

    private async Task<HttpAttempt> AttemptAsync(Uri url, HttpValidators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        byte[] body = status is >= 200 and < 300 ? await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false) : [];
        return new HttpAttempt(
            status,
            response.ReasonPhrase,
            response.Content.Headers.ContentType?.ToString(),
            Header(response.Headers, "ETag"),
            Header(response.Content.Headers, "Last-Modified"),
            response.Content.Headers.LastModified,
            response.Headers.Location,
            RetryAfter(response),
            body);
    }

    /// <summary>Reads the body up to the cap; an announced or actual size over it stops the read there.</summary>
    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } announced && announced > _maxBytes)
        {
            throw new DocumentRejectedException($"too large: the server announced {announced:N0} bytes, over the {_maxBytes:N0}-byte cap");
        }

        await using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        ReadOnlyMemory<byte> body = await DocumentReader.ReadCappedAsync(stream, _maxBytes, "the body", cancellationToken, content.Headers.ContentLength ?? 0).ConfigureAwait(false);
        return body.ToArray();
    }

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _timeProvider.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
