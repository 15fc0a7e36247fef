using System.Buffers;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The untyped alternatives whose first test reads one attribute slot. Those whose first test is a case-sensitive
/// substring (<c>[class*=byline]</c>) are tried only when one of their substrings occurs in the value, found by a single
/// search for all of them: most class values hold none of a page's dozen substrings.
/// </summary>
internal sealed class SlotCandidates
{
    private readonly SearchValues<string>? substrings;
    private readonly IndexedAlternative[] bySubstring;
    private readonly IndexedAlternative[] others;

    public SlotCandidates(IReadOnlyList<IndexedAlternative> alternatives)
    {
        bySubstring = [.. alternatives.Where(a => IsOrdinalSubstring(a.Alternative.Tests[0]))];
        others = [.. alternatives.Where(a => !IsOrdinalSubstring(a.Alternative.Tests[0]))];
        substrings = bySubstring.Length > 0 ? SearchValues.Create([.. bySubstring.Select(a => a.Alternative.Tests[0].Value).Distinct()], StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// The alternatives worth trying for the slot value <paramref name="value"/>: none of the substring ones when none of
    /// their substrings occurs (they would all fail their first test), all of them otherwise.
    /// </summary>
    public (IndexedAlternative[] BySubstring, IndexedAlternative[] Others) For(string value) =>
        (substrings is not null && value.AsSpan().IndexOfAny(substrings) >= 0 ? bySubstring : [], others);

    // An empty substring never matches, and a search for it would find it everywhere: such tests stay with the others.
    private static bool IsOrdinalSubstring(AttributeTest test) =>
        test.Operator == AttributeOperator.Contains && test.Comparison == StringComparison.Ordinal && test.Value.Length > 0;
}
