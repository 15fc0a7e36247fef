using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The <see cref="NameWords"/> answers of the attribute values met lately on this thread, keyed by the value's string
/// instance: an element's class string is the same object in every walk that asks about it, so a lookup by reference
/// replaces the several word searches each walk repeated. A string never changes, so an answer held for it stays right.
/// </summary>
internal static class NameValueCache
{
    // Bounded (and started over when full) so that the held strings of past pages cannot grow without limit.
    internal const int MaxEntries = 4096;

    [ThreadStatic]
    private static Dictionary<string, NameValueAnswers>? answers;

    /// <summary>The answers held for <paramref name="value"/>, added empty when new; valid until the next call on this thread.</summary>
    public static ref NameValueAnswers For(string value)
    {
        Dictionary<string, NameValueAnswers> held = answers ??= new Dictionary<string, NameValueAnswers>(256, ByReference.Instance);
        if (held.Count >= MaxEntries)
        {
            held.Clear();
        }

        return ref CollectionsMarshal.GetValueRefOrAddDefault(held, value, out _);
    }

    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
