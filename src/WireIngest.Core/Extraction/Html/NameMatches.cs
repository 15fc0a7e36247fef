using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Memoised matches of the name patterns (chrome, content, caption, credit …) against an element's class/id/role names.
/// The same names repeat on many elements of a page and on every page of a site, and the patterns are long
/// alternations: each distinct (pattern, names) pair runs its regex once. Same answers as <see cref="Regex.IsMatch(string)"/>.
/// </summary>
internal static class NameMatches
{
    // Bounded so that hostile pages with endless distinct names cannot grow it without limit; a full cache starts over.
    private const int Capacity = 16_384;

    private static readonly ConcurrentDictionary<(Regex Pattern, string Names), bool> Cache = new();
    private static int added;

    public static bool IsMatch(Regex pattern, string names)
    {
        if (names.Length == 0)
        {
            return pattern.IsMatch(names);
        }

        if (Cache.TryGetValue((pattern, names), out bool known))
        {
            return known;
        }

        bool match = pattern.IsMatch(names);
        if (Interlocked.Increment(ref added) > Capacity)
        {
            Cache.Clear();
            Interlocked.Exchange(ref added, 0);
        }

        Cache.TryAdd((pattern, names), match);
        return match;
    }
}
