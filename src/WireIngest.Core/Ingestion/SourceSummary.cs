using WireIngest.Core.Storage;

namespace WireIngest.Core.Ingestion;

/// <summary>Counts of one source's documents and stories; thread-safe.</summary>
public sealed class SourceSummary(string source)
{
    private int _seen, _new, _updated, _duplicate, _stale, _failed;

    /// <summary>The source's name.</summary>
    public string Source { get; } = source;

    /// <summary>Documents found.</summary>
    public int Seen => Volatile.Read(ref _seen);

    /// <summary>Stories stored as new articles.</summary>
    public int New => Volatile.Read(ref _new);

    /// <summary>Stories stored as new versions.</summary>
    public int Updated => Volatile.Read(ref _updated);

    /// <summary>Stories with unchanged content, and documents already ingested unchanged.</summary>
    public int Duplicate => Volatile.Read(ref _duplicate);

    /// <summary>Stories older than the stored version.</summary>
    public int Stale => Volatile.Read(ref _stale);

    /// <summary>Documents quarantined, or that the store could not take.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Adds one document's result.</summary>
    public void Add(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Increment(ref _seen);
        if (result.Outcome.Failed)
        {
            Interlocked.Increment(ref _failed);
            return;
        }

        foreach (SaveResult save in result.Saves)
        {
            Interlocked.Increment(ref CounterOf(save.Outcome));
        }
    }

    private ref int CounterOf(SaveOutcome outcome)
    {
        switch (outcome)
        {
            case SaveOutcome.New: return ref _new;
            case SaveOutcome.Updated: return ref _updated;
            case SaveOutcome.Duplicate: return ref _duplicate;
            default: return ref _stale;
        }
    }

    /// <summary>Counts a document its source already ingested with the same content (not read again).</summary>
    public void AddUnchanged()
    {
        Interlocked.Increment(ref _seen);
        Interlocked.Increment(ref _duplicate);
    }

    /// <summary>Counts a document that could not be handled at all (the store failed).</summary>
    public void AddFailure()
    {
        Interlocked.Increment(ref _seen);
        Interlocked.Increment(ref _failed);
    }
}
