using System.Runtime.CompilerServices;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The <see cref="NameWords"/> answers of the attribute values met lately on this thread, keyed by the value's string
/// instance: an element's class string is the same object in every walk that asks about it, so a lookup by reference
/// replaces the several word searches each walk repeated. A string never changes, so an answer held for it stays right.
/// </summary>
internal sealed class NameValueCache
{
    // Bounded (and started over when full) so that the held strings of past pages cannot grow without limit.
    internal const int MaxEntries = 4096;

    // Open addressing over twice the entries, so that probes stay short; a power of two for the mask.
    private const int Capacity = MaxEntries * 2;

    [ThreadStatic]
    private static NameValueCache? current;

    private readonly string?[] keys = new string?[Capacity];
    private readonly NameValueAnswers[] answers = new NameValueAnswers[Capacity];
    private int count;

    private NameValueCache()
    {
    }

    /// <summary>The answers held for <paramref name="value"/>, added empty when new; valid until the next call on this thread.</summary>
    public static ref NameValueAnswers For(string value) => ref (current ??= new NameValueCache()).Find(value);

    // A table of its own rather than a dictionary: hashing by identity and comparing references needs no comparer calls.
    private ref NameValueAnswers Find(string value)
    {
        const int mask = Capacity - 1;
        int slot = RuntimeHelpers.GetHashCode(value) & mask;
        for (string? held = keys[slot]; held is not null; held = keys[slot])
        {
            if (ReferenceEquals(held, value))
            {
                return ref answers[slot];
            }

            slot = (slot + 1) & mask;
        }

        if (count >= MaxEntries)
        {
            Array.Clear(keys);
            Array.Clear(answers);
            count = 0;
            slot = RuntimeHelpers.GetHashCode(value) & mask;
        }

        keys[slot] = value;
        answers[slot] = default;
        count++;
        return ref answers[slot];
    }
}
