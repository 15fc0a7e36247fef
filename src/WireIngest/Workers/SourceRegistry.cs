using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;
using WireIngest.Core.Telemetry;
using WireIngest.Hosting;

namespace WireIngest.Workers;

/// <summary>Owns the configured sources for the life of the host, so a file's source outlives the worker that acknowledges it.</summary>
internal sealed class SourceRegistry(IOptions<SourceListOptions> options, WireSourceFactory factory, WireIngestMetrics metrics, TimeProvider timeProvider)
    : IAsyncDisposable
{
    private IReadOnlyList<IWireSource>? _sources;

    public IReadOnlyList<IWireSource> Sources => _sources ??= [.. options.Value.Sources.Select(factory.Create)];

    /// <summary>
    /// One pass of <paramref name="source"/>, each document timed from asking for it to getting it (the source's own work: listing,
    /// reading, downloading; not the time the caller spends on it) as the fetch histogram and a <c>fetch</c> activity.
    /// </summary>
    public async IAsyncEnumerable<SourceDocument> PollAsync(IWireSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        IAsyncEnumerator<SourceDocument> documents = source.PollAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (documents.ConfigureAwait(false))
        {
            while (true)
            {
                DateTimeOffset startedAt = timeProvider.GetUtcNow();
                long started = timeProvider.GetTimestamp();
                if (!await documents.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                SourceDocument document = documents.Current;
                metrics.RecordFetch(source.Name, timeProvider.GetElapsedTime(started));
                // Started afterwards with the time it began: the pass's end (no document) leaves no empty activity behind.
                using (Activity? activity = WireIngestActivities.Source.StartActivity("fetch", ActivityKind.Internal, parentContext: default, startTime: startedAt))
                {
                    activity?.SetTag(TelemetryTags.Source, source.Name).SetTag(TelemetryTags.Document, document.Origin.DisplayName);
                }

                yield return document;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (IWireSource source in _sources ?? [])
        {
            // Disposes each FileSystemWatcher: inotify instances are few (128 per user).
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }
}
