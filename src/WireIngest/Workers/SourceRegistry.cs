using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;
using WireIngest.Hosting;

namespace WireIngest.Workers;

/// <summary>Owns the configured sources for the life of the host, so a file's source outlives the worker that acknowledges it.</summary>
internal sealed class SourceRegistry(IOptions<SourceListOptions> options, WireSourceFactory factory) : IAsyncDisposable
{
    private IReadOnlyList<IWireSource>? _sources;

    public IReadOnlyList<IWireSource> Sources => _sources ??= [.. options.Value.Sources.Select(factory.Create)];

    public async ValueTask DisposeAsync()
    {
        foreach (IWireSource source in _sources ?? [])
        {
            // Disposes each FileSystemWatcher: inotify instances are few (128 per user).
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }
}
