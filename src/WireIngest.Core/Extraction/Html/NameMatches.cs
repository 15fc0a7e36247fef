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

    // The patterns are a fixed handful of rules; one past this many is matched uncached rather than grow every entry.
    private const int MaxPatterns = 64;

    // One cache per thread: extraction runs on a few pool threads, and a shared dictionary's locks cost more than they saved.
    // Keyed by the names alone, each entry holding every pattern's answer met so far: one lookup of one string per call.
    [ThreadStatic]
    private static GenerationalCache<string, NameAnswers>? cache;

    [ThreadStatic]
    private static Regex[]? patterns;

    [ThreadStatic]
    private static int patternCount;

    public static bool IsMatch(Regex pattern, string names)
    {
        int index;
        if (names.Length == 0 || (index = IndexOf(pattern)) < 0)
        {
            return pattern.IsMatch(names);
        }

        cache ??= new GenerationalCache<string, NameAnswers>(GenerationCapacity, StringComparer.Ordinal);
        if (!cache.TryGetValue(names, out NameAnswers? answers))
        {
            answers = new NameAnswers();
            cache.Add(names, answers);
        }

        return answers.IsMatch(index, pattern, names);
    }

    // The pattern's bit in this thread's answers, by reference (the rules hold one instance per pattern); -1 when full.
    private static int IndexOf(Regex pattern)
    {
        Regex[] known = patterns ??= new Regex[MaxPatterns];
        for (int i = 0; i < patternCount; i++)
        {
            if (ReferenceEquals(known[i], pattern))
            {
                return i;
            }
        }

        if (patternCount == MaxPatterns)
        {
            return -1;
        }

        known[patternCount] = pattern;
        return patternCount++;
    }
}
