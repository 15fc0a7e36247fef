using System.Collections.Concurrent;
using WireIngest.Core.Extraction;

namespace WireIngest.Core.Sources;

/// <summary>
/// An operator's drop folder: a file is read once it has settled (not changed between two looks, last write older than
/// <see cref="SourceOptions.SettleDelay"/>), and moves to <c>processed/</c> or <c>failed/</c> (with <c>&lt;name&gt;.error.txt</c>)
/// only after its outcome is committed. A crash in between leaves it in place; the next run finds it again, and the store
/// recognises the duplicate.
/// </summary>
internal sealed class DropFolderSource : FolderSource
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    // Size and last-write time of files not yet ready, from the previous look.
    private readonly ConcurrentDictionary<string, (long Size, DateTime Modified)> _lastLook = new(StringComparer.Ordinal);
    private bool _waiting;
    private FileSystemWatcher? _watcher;
    private ITimer? _settleTimer;

    public DropFolderSource(SourceOptions options, DocumentLimits limits, TimeProvider timeProvider)
        : base(options, limits, timeProvider, [ProcessedFolder, FailedFolder])
    {
    }

    public override ValueTask<bool> WaitForNextPollAsync(CancellationToken cancellationToken)
    {
        // Created on first wait only: `run --once` never waits, and each watcher costs one of the user's few inotify instances.
        _watcher ??= CreateWatcher();
        return base.WaitForNextPollAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_settleTimer is not null)
        {
            await _settleTimer.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void BeginPoll() => _waiting = false;

    protected override void EndPoll()
    {
        if (_waiting)
        {
            // Look again as soon as the waiting files can have settled, not a whole poll interval later.
            _settleTimer?.Dispose();
            _settleTimer = TimeProvider.CreateTimer(_ => Trigger.Wake(), null, Options.SettleDelay, Timeout.InfiniteTimeSpan);
        }
    }

    protected override bool IsReady(string key, FileInfo file)
    {
        (long Size, DateTime Modified) now = (file.Length, file.LastWriteTimeUtc);
        bool changedSinceLastLook = _lastLook.TryGetValue(key, out var previous) && previous != now;
        bool young = TimeProvider.GetUtcNow().UtcDateTime - file.LastWriteTimeUtc < Options.SettleDelay;
        if (changedSinceLastLook || young)
        {
            _lastLook[key] = now;
            _waiting = true;
            return false;
        }

        _lastLook.TryRemove(key, out _);
        return true;
    }

    protected override async Task<SourceDocument?> LoadIfNewAsync(string key, FileInfo file, CancellationToken cancellationToken) =>
        await ReadAsync(key, file, cancellationToken).ConfigureAwait(false);

    protected override async Task OnCompletedAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken)
    {
        string source = Path.Combine(Walker.Root, document.Key);
        string target = UniqueTarget(Path.Combine(Walker.Root, outcome.Failed ? FailedFolder : ProcessedFolder, document.Key));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (outcome.Failed)
        {
            // The reason first: a crash between the two leaves the document in place, to fail again and rewrite it.
            await File.WriteAllTextAsync(target + ".error.txt", (outcome.Error ?? "failed") + Environment.NewLine, cancellationToken).ConfigureAwait(false);
        }

        if (File.Exists(source))
        {
            File.Move(source, target);
            if (!outcome.Failed)
            {
                StampProcessed(target);
            }
        }
    }

    /// <summary>Retention counts from processing, not from when the agency wrote the file; unstamped, it counts from the latter.</summary>
    private void StampProcessed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, TimeProvider.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The target path, or one with a counter when a file of that name was processed before.</summary>
    private static string UniqueTarget(string path)
    {
        string candidate = path;
        for (int n = 1; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}.{n}{Path.GetExtension(path)}");
        }

        return candidate;
    }

    private FileSystemWatcher CreateWatcher()
    {
        var watcher = new FileSystemWatcher(Walker.Root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => Trigger.Wake();
        watcher.Changed += (_, _) => Trigger.Wake();
        watcher.Renamed += (_, _) => Trigger.Wake();
        // Lost events (buffer overflow) are covered by the periodic rescan.
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
