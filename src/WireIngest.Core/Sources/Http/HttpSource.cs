using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Feeds;
using WireIngest.Core.Model;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources.Http;

/// <summary>
/// Article pages (<see cref="SourceOptions.Urls"/>) and indexes (<see cref="SourceOptions.Index"/>: RSS, Atom, sitemaps) over
/// HTTP. Each poll reads the indexes (conditional GET), then looks at every candidate: a feed item carrying its whole article
/// is used as is; an item the ledger knows, whose date has not moved, is not fetched again; anything else is fetched
/// (conditional GET when known), after robots.txt. Permanent failures (404, refused scheme, robots, size cap) become failed
/// documents with their reason; transient ones (5xx, timeouts, open circuit) leave the item for the next poll and set
/// <see cref="LastPollError"/>.
/// </summary>
internal sealed class HttpSource : IWireSource
{
    private const string FailedOutcome = "failed";
    private const int MaxSitemapDepth = 2;

    private readonly SourceOptions _options;
    private readonly IDocumentLedger _ledger;
    private readonly IHttpValidatorStore _validators;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HttpFetcher _fetcher;
    private readonly RobotsPolicy _robots;
    private readonly PollTrigger _trigger;
    private readonly ConcurrentDictionary<string, PendingDocument> _pending = new(StringComparer.Ordinal);

    public HttpSource(SourceOptions options, DocumentLimits limits, IDocumentLedger ledger, IHttpValidatorStore validators, TimeProvider timeProvider,
        ILogger logger, HttpMessageHandler? handler = null)
    {
        _options = options;
        _ledger = ledger;
        _validators = validators;
        _timeProvider = timeProvider;
        _logger = logger;
        _fetcher = new HttpFetcher(options, limits, timeProvider, handler);
        _robots = new RobotsPolicy(_fetcher, options.UserAgent);
        _trigger = new PollTrigger(options.PollInterval, timeProvider);
    }

    public string Name => _options.DisplayName;

    public string? LastPollError { get; private set; }

    /// <summary>Candidates resolved at once; the per-host gates still bound what reaches each host.</summary>
    private int Parallelism => Math.Max(4, _options.MaxConcurrencyPerHost);

    public async IAsyncEnumerable<SourceDocument> PollAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _robots.Forget();
        var errors = new ConcurrentQueue<string>();
        var candidates = new List<HttpCandidate>();
        var indexes = new List<IndexPoll>();
        foreach (string index in _options.Index)
        {
            await CollectIndexAsync(index, 0, candidates, indexes, errors, cancellationToken).ConfigureAwait(false);
        }

        candidates.AddRange(_options.Urls.Select(url => new HttpCandidate(url.Trim(), null, null)));
        List<HttpCandidate> unique = [.. candidates.DistinctBy(c => c.Link, StringComparer.Ordinal)];

        // Bounded: at most a few documents wait in memory for the consumer.
        var channel = Channel.CreateBounded<SourceDocument>(new BoundedChannelOptions(Parallelism) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task producer = ProduceAsync(unique, indexes, channel.Writer, errors, stop.Token);
        try
        {
            await foreach (SourceDocument document in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (channel.Reader.TryRead(out SourceDocument? left))
            {
                Abandon(left); // Handed out but never read: free for the next poll.
            }
        }

        LastPollError = errors.IsEmpty ? null : Summarise(errors);
    }

    public async Task CompleteAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!_pending.TryRemove(document.Key, out PendingDocument? pending))
        {
            return;
        }

        bool committed = false;
        try
        {
            DocumentRecord? record = document.Unchanged
                ? pending.UnchangedRecord
                : new DocumentRecord(document.Size, document.ModifiedAt, document.Sha256 ?? string.Empty, outcome.Failed ? FailedOutcome : "ingested");
            if (record is not null)
            {
                await _ledger.RecordAsync(Name, document.Key, record, cancellationToken).ConfigureAwait(false);
            }

            if (pending.Validators is { IsEmpty: false } validators)
            {
                await _validators.SaveAsync(Name, document.Key, validators, cancellationToken).ConfigureAwait(false);
            }

            committed = true;
        }
        finally
        {
            if (pending.Index?.Finish(committed) == true)
            {
                await SaveIndexAsync(pending.Index, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Abandon(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_pending.TryRemove(document.Key, out PendingDocument? pending))
        {
            pending.Index?.Finish(committed: false);
        }
    }

    public ValueTask<bool> WaitForNextPollAsync(CancellationToken cancellationToken) => _trigger.WaitAsync(cancellationToken);

    public async Task<SourceCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        _robots.Forget();
        var failures = new List<string>();
        foreach ((string link, bool isIndex) in _options.Index.Select(i => (i, true)).Concat(_options.Urls.Select(u => (u, false))))
        {
            if (await CheckOneAsync(link, isIndex, cancellationToken).ConfigureAwait(false) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? SourceCheck.Ok : SourceCheck.Fail(string.Join("; ", failures));
    }

    public ValueTask DisposeAsync()
    {
        _trigger.Dispose();
        _fetcher.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string?> CheckOneAsync(string link, bool isIndex, CancellationToken cancellationToken)
    {
        if (!HttpUrls.TryParse(link, out Uri url))
        {
            return $"{link}: not an absolute http or https URL";
        }

        if (await RobotsRefusalAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        HttpFetchResult result = await _fetcher.GetAsync(url, null, cancellationToken).ConfigureAwait(false);
        if (result.Status == HttpFetchStatus.Failed)
        {
            return $"{link}: {result.Error}";
        }

        try
        {
            _ = isIndex ? IndexReader.Read(result.Content, result.Url) : null;
            return null;
        }
        catch (DocumentRejectedException ex)
        {
            return $"{link}: {ex.Message}";
        }
    }

    /// <summary>Why robots.txt keeps us from <paramref name="url"/>, or <c>null</c> when it may be fetched.</summary>
    private async Task<string?> RobotsRefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_options.IgnoreRobots)
        {
            return null;
        }

        (RobotsVerdict verdict, string? error) = await _robots.CheckAsync(url, cancellationToken).ConfigureAwait(false);
        return verdict switch
        {
            RobotsVerdict.Disallowed => $"{url}: disallowed by robots.txt of {url.Authority}",
            RobotsVerdict.Unreachable => error,
            _ => null,
        };
    }

    private async Task CollectIndexAsync(string link, int depth, List<HttpCandidate> candidates, List<IndexPoll> indexes, ConcurrentQueue<string> errors,
        CancellationToken cancellationToken)
    {
        if (!HttpUrls.TryParse(link, out Uri url))
        {
            errors.Enqueue($"{link}: not an absolute http or https URL");
            return;
        }

        if (await RobotsRefusalAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            errors.Enqueue(refusal);
            return;
        }

        HttpValidators? validators = await _validators.FindAsync(Name, link, cancellationToken).ConfigureAwait(false);
        HttpFetchResult result = await _fetcher.GetAsync(url, validators, cancellationToken).ConfigureAwait(false);
        if (result.Status == HttpFetchStatus.NotModified)
        {
            HttpSourceLog.NotModified(_logger, Name, link);
            return;
        }

        if (result.Status == HttpFetchStatus.Failed)
        {
            errors.Enqueue($"{link}: {result.Error}");
            return;
        }

        IndexDocument index;
        try
        {
            index = IndexReader.Read(result.Content, result.Url);
        }
        catch (DocumentRejectedException ex)
        {
            errors.Enqueue($"{link}: {ex.Message}");
            return;
        }

        if (index.Errors.Count > 0)
        {
            HttpSourceLog.BrokenItems(_logger, Name, link, index.Errors.Count, string.Join("; ", index.Errors.Take(5)));
        }

        if (index.Kind == IndexKind.SitemapIndex)
        {
            // The parent is read in full each poll (it is small); its children carry the conditional GETs.
            foreach (IndexEntry child in index.Entries.Where(_ => depth < MaxSitemapDepth))
            {
                await CollectIndexAsync(child.Link, depth + 1, candidates, indexes, errors, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // A partly broken index is read in full again next time rather than hidden behind a 304.
        var poll = new IndexPoll(link, result.Validators, saveable: index.Errors.Count == 0);
        indexes.Add(poll);
        candidates.AddRange(index.Entries.Select(entry => new HttpCandidate(entry.Link, entry, poll)));
    }

    private async Task ProduceAsync(List<HttpCandidate> candidates, List<IndexPoll> indexes, ChannelWriter<SourceDocument> writer, ConcurrentQueue<string> errors,
        CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                candidates,
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (candidate, token) =>
                {
                    SourceDocument? document = await ResolveAsync(candidate, errors, token).ConfigureAwait(false);
                    if (document is null)
                    {
                        return;
                    }

                    try
                    {
                        await writer.WriteAsync(document, token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        Abandon(document);
                        throw;
                    }
                }).ConfigureAwait(false);

            foreach (IndexPoll index in indexes.Where(i => i.MarkEnumerated()))
            {
                await SaveIndexAsync(index, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex is OperationCanceledException ? null : ex);
        }
    }

    /// <summary>The document for a candidate, or <c>null</c> when there is nothing to hand out (known failure, in flight, transient error).</summary>
    private async Task<SourceDocument?> ResolveAsync(HttpCandidate candidate, ConcurrentQueue<string> errors, CancellationToken cancellationToken)
    {
        string key = candidate.Link;
        if (_pending.ContainsKey(key))
        {
            // Handed out by an earlier poll, outcome not committed yet: this poll's 304 must not hide it if that fails.
            candidate.Index?.MarkIncomplete();
            return null;
        }

        DocumentRecord? known = await _ledger.FindAsync(Name, key, cancellationToken).ConfigureAwait(false);
        bool newer = candidate.Entry?.Updated is { } updated && known is not null && updated > known.ModifiedAt;
        if (known is { Outcome: FailedOutcome } && !newer)
        {
            return null; // Quarantined once; not retried forever.
        }

        if (!HttpUrls.TryParse(key, out Uri url))
        {
            return Hand(Failed(key, $"refused: '{key}' is not an http or https URL"), candidate, null);
        }

        if (candidate.Entry is { PubStatus: not PubStatuses.Usable } withdrawn)
        {
            // Killed or withheld by the provider: the withdrawal goes to the pipeline, the page is not fetched.
            return FromFeedItem(withdrawn, FeedStatusItem.Render(withdrawn), FeedStatusItem.ContentType, known, candidate);
        }

        if (candidate.Entry is { FullHtml: not null } entry)
        {
            return FromFeedItem(entry, FeedArticlePage.Render(entry), FeedArticlePage.ContentType, known, candidate);
        }

        if (candidate.Entry is not null && known is not null && !newer)
        {
            return Hand(Unchanged(key, known), candidate, null);
        }

        if (!_options.IgnoreRobots)
        {
            (RobotsVerdict verdict, string? error) = await _robots.CheckAsync(url, cancellationToken).ConfigureAwait(false);
            if (verdict == RobotsVerdict.Unreachable)
            {
                return Postpone(candidate, errors, error!);
            }

            if (verdict == RobotsVerdict.Disallowed)
            {
                return Hand(Failed(key, $"disallowed by robots.txt of {url.Authority}"), candidate, null);
            }
        }

        // Validators only for what was ingested: a 304 for an unknown page would leave nothing to ingest.
        HttpValidators? validators = known is null ? null : await _validators.FindAsync(Name, key, cancellationToken).ConfigureAwait(false);
        HttpFetchResult result = await _fetcher.GetAsync(url, validators, cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case HttpFetchStatus.NotModified when known is not null:
                return Hand(Unchanged(key, known), candidate, null, newer ? known with { ModifiedAt = candidate.Entry!.Updated!.Value } : null);
            case HttpFetchStatus.Failed when result.Transient:
                return Postpone(candidate, errors, $"{key}: {result.Error}");
            case HttpFetchStatus.Failed:
                return Hand(Failed(key, result.Error!) with { Origin = DocumentOrigin.FromUrl(result.Url.AbsoluteUri) }, candidate, null);
        }

        string sha = Sha256(result.Content);
        DateTimeOffset modified = candidate.Entry?.Updated ?? result.LastModified ?? _timeProvider.GetUtcNow();
        if (known is not null && known.Sha256 == sha)
        {
            return Hand(Unchanged(key, known), candidate, result.Validators, known with { ModifiedAt = modified });
        }

        var document = new SourceDocument(Name, key, DocumentOrigin.FromUrl(result.Url.AbsoluteUri), result.Content, null, result.Content.LongLength, modified, sha,
            ContentType: result.ContentType);
        return Hand(document, candidate, result.Validators);
    }

    // A document made from the feed item itself (its whole article, or its withdrawal), handed on unless the ledger has it.
    private SourceDocument? FromFeedItem(IndexEntry entry, byte[] page, string contentType, DocumentRecord? known, HttpCandidate candidate)
    {
        string sha = Sha256(page);
        if (known is not null && known.Sha256 == sha)
        {
            return Hand(Unchanged(entry.Link, known), candidate, null);
        }

        var document = new SourceDocument(Name, entry.Link, DocumentOrigin.FromUrl(entry.Link), page, null, page.LongLength,
            entry.Updated ?? _timeProvider.GetUtcNow(), sha, ContentType: contentType);
        return Hand(document, candidate, null);
    }

    /// <summary>Registers the document as handed out, to be recorded on completion.</summary>
    private SourceDocument? Hand(SourceDocument document, HttpCandidate candidate, HttpValidators? validators, DocumentRecord? unchangedRecord = null)
    {
        if (!_pending.TryAdd(document.Key, new PendingDocument(candidate.Index, validators, unchangedRecord)))
        {
            candidate.Index?.MarkIncomplete();
            return null;
        }

        candidate.Index?.Add();
        return document;
    }

    private static SourceDocument? Postpone(HttpCandidate candidate, ConcurrentQueue<string> errors, string error)
    {
        candidate.Index?.MarkIncomplete();
        errors.Enqueue(error);
        return null;
    }

    private SourceDocument Failed(string key, string error) =>
        new(Name, key, DocumentOrigin.FromUrl(key), ReadOnlyMemory<byte>.Empty, error, 0, _timeProvider.GetUtcNow(), null);

    private SourceDocument Unchanged(string key, DocumentRecord known) =>
        new(Name, key, DocumentOrigin.FromUrl(key), ReadOnlyMemory<byte>.Empty, null, known.Size, known.ModifiedAt, known.Sha256, Unchanged: true);

    private Task SaveIndexAsync(IndexPoll index, CancellationToken cancellationToken) =>
        _validators.SaveAsync(Name, index.Url, index.Validators, cancellationToken);

    private static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static string Summarise(ConcurrentQueue<string> errors) =>
        errors.Count <= 3 ? string.Join("; ", errors) : $"{string.Join("; ", errors.Take(3))} (and {errors.Count - 3} more)";
}
