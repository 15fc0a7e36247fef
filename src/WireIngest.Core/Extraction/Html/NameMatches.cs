using System.Text.RegularExpressions;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Memoised matches of the name patterns (chrome, content, caption, credit …) against an element's class/id/role names.
/// The same names repeat on many elements of a page and on every page of a site, and the patterns are long
/// alternations: each distinct (pattern, names) pair runs its regex once per thread. Same answers as <see cref="Regex.IsMatch(string)"/>.
/// </summary>
internal static class NameMatches
{
    // Bounded so that hostile pages with endless distinct names cannot grow it without limit; names out of use age out
    // while the ones a site repeats on every page stay (a cache that starts over re-ran every regex in a long run).
    private const int GenerationCapacity = 16_384;

    // One cache per thread: extraction runs on a few pool threads, and a shared dictionary's locks cost more than they saved.
    [ThreadStatic]
    private static GenerationalCache<(Regex Pattern, string Names), bool>? cache;

    public static bool IsMatch(Regex pattern, string names)
    {
        if (names.Length == 0)
        {
            return pattern.IsMatch(names);
        }

        cache ??= new GenerationalCache<(Regex Pattern, string Names), bool>(GenerationCapacity);
        if (cache.TryGetValue((pattern, names), out bool known))
        {
            return known;
        }

        bool match = pattern.IsMatch(names);
        cache.Add((pattern, names), match);
        return match;
    }
}
