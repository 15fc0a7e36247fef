namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// A bounded memo that forgets what was not used lately instead of everything at once: entries go to a young
/// generation; when it is full it becomes the old one and the previous old one is dropped. A hit in the old generation
/// is copied to the young one, so names a site repeats on every page survive a long run while one-off names age out.
/// Holds at most twice the generation capacity. Not thread-safe (callers keep one per thread).
/// </summary>
internal sealed class GenerationalCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int generationCapacity;
    private Dictionary<TKey, TValue> young;
    private Dictionary<TKey, TValue> old;

    public GenerationalCache(int generationCapacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generationCapacity);
        this.generationCapacity = generationCapacity;
        young = new Dictionary<TKey, TValue>(Math.Min(generationCapacity, 1024), comparer);
        old = new Dictionary<TKey, TValue>(0, comparer);
    }

    /// <summary>Entries held now, both generations (a promoted entry may be counted twice).</summary>
    public int Count => young.Count + old.Count;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (young.TryGetValue(key, out value!))
        {
            return true;
        }

        if (old.TryGetValue(key, out value!))
        {
            Add(key, value); // Still in use: keep it past the next rotation.
            return true;
        }

        return false;
    }

    public void Add(TKey key, TValue value)
    {
        if (young.Count >= generationCapacity)
        {
            // Reuse the dropped generation's storage for the new young one.
            (old, young) = (young, old);
            young.Clear();
        }

        young[key] = value;
    }
}
