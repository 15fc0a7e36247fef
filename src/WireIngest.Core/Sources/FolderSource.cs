using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;

namespace WireIngest.Core.Sources;

/// <summary>
/// What scan and drop folders share: walking the folder safely, reading a file with its size cap and SHA-256, and keeping
/// files in flight (handed out, outcome not yet committed) out of the next poll.
/// </summary>
internal abstract class FolderSource : IWireSource
{
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly long _maxBytes;

    protected FolderSource(SourceOptions options, DocumentLimits limits, TimeProvider timeProvider, IReadOnlyCollection<string> excludedTopFolders)
    {
        Options = options;
        TimeProvider = timeProvider;
        Walker = new FolderWalker(options.Path, excludedTopFolders);
        Trigger = new PollTrigger(options.PollInterval, timeProvider);
        _maxBytes = Math.Max(limits.MaxCompressedBytes, limits.MaxDocumentBytes);
    }

    public string Name => Options.DisplayName;

    protected SourceOptions Options { get; }

    protected TimeProvider TimeProvider { get; }

    protected FolderWalker Walker { get; }

    protected PollTrigger Trigger { get; }

    public async IAsyncEnumerable<SourceDocument> PollAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BeginPoll();
        foreach (FileInfo file in Walker.EnumerateFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string key = Path.GetRelativePath(Walker.Root, file.FullName);
            if (_inFlight.ContainsKey(key) || !IsReady(key, file))
            {
                continue;
            }

            SourceDocument? document = await LoadIfNewAsync(key, file, cancellationToken).ConfigureAwait(false);
            if (document is not null && _inFlight.TryAdd(key, 0))
            {
                yield return document;
            }
        }

        EndPoll();
    }

    public async Task CompleteAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            await OnCompletedAsync(document, outcome, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(document.Key, out _);
        }
    }

    public void Abandon(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _inFlight.TryRemove(document.Key, out _);
    }

    /// <summary>Always <c>null</c>: a folder that cannot be walked fails the poll with an exception.</summary>
    public string? LastPollError => null;

    public Task<SourceCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Walker.Root))
        {
            return Task.FromResult(SourceCheck.Fail($"folder '{Options.Path}' does not exist"));
        }

        try
        {
            // Listing one entry proves the folder can be read.
            using IEnumerator<string> entries = Directory.EnumerateFileSystemEntries(Walker.Root).GetEnumerator();
            entries.MoveNext();
            return Task.FromResult(SourceCheck.Ok);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(SourceCheck.Fail($"folder '{Options.Path}' is not readable: {ex.Message}"));
        }
    }

    public virtual ValueTask<bool> WaitForNextPollAsync(CancellationToken cancellationToken) => Trigger.WaitAsync(cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        Trigger.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Called before a pass walks the folder.</summary>
    protected virtual void BeginPoll()
    {
    }

    /// <summary>Called after a pass walked the whole folder.</summary>
    protected virtual void EndPoll()
    {
    }

    /// <summary>Whether the file may be read now (drop mode waits for files still being written).</summary>
    protected virtual bool IsReady(string key, FileInfo file) => true;

    /// <summary>Reads the file when it needs ingesting, else returns <c>null</c>.</summary>
    protected abstract Task<SourceDocument?> LoadIfNewAsync(string key, FileInfo file, CancellationToken cancellationToken);

    /// <summary>Records or moves the file once its outcome is committed.</summary>
    protected abstract Task OnCompletedAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The path as the operator would name it: the configured folder plus the key.</summary>
    protected string DisplayPath(string key) => Path.Combine(Options.Path, key);

    /// <summary>Reads the whole file (up to the cap) and hashes it; an unreadable or oversized file comes back with its error.</summary>
    protected async Task<SourceDocument> ReadAsync(string key, FileInfo file, CancellationToken cancellationToken)
    {
        var origin = DocumentOrigin.FromFile(DisplayPath(key));
        var modified = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        if (file.Length > _maxBytes)
        {
            return Unreadable($"too large: {file.Length:N0} bytes exceeds the {_maxBytes:N0}-byte cap");
        }

        try
        {
            byte[] content = DocumentReader.IsZeroLength(file) ? [] : await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            if (content.LongLength > _maxBytes)
            {
                return Unreadable($"too large: {content.LongLength:N0} bytes exceeds the {_maxBytes:N0}-byte cap");
            }

            string sha = Convert.ToHexStringLower(SHA256.HashData(content));
            return new SourceDocument(Name, key, origin, content, null, content.LongLength, modified, sha);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable("unreadable: " + ex.Message);
        }

        SourceDocument Unreadable(string error) => new(Name, key, origin, ReadOnlyMemory<byte>.Empty, error, file.Length, modified, null);
    }
}
