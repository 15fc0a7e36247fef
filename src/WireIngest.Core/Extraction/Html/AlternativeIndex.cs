using System.Collections.Frozen;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The alternatives of up to 64 compiled selector lists (targets), indexed so that an element is tried only against those
/// that can match it: typed alternatives by the element's local name, untyped ones by the attribute slot of their first
/// test (and by their substrings, <see cref="SlotCandidates"/>), the rest always. Same answers as trying every alternative
/// of every target (<see cref="SelectorMatcher.Matches"/>), as a bit per target.
/// </summary>
internal sealed class AlternativeIndex
{
    /// <summary>Most targets one index answers (one bit each).</summary>
    public const int MaxTargets = 64;

    private readonly FrozenDictionary<string, IndexedAlternative[]> byType;
    private readonly SlotCandidates?[] bySlot;
    private readonly int[] usedSlots;
    private readonly IndexedAlternative[] always;
    private readonly ulong allTargets;

    /// <summary>One bit per target.</summary>
    public ulong AllTargets => allTargets;

    /// <param name="targets">The alternatives of each target, target <c>i</c> answering with bit <c>i</c>.</param>
    public AlternativeIndex(IReadOnlyList<IReadOnlyList<SelectorAlternative>> targets)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targets.Count, MaxTargets, nameof(targets));
        allTargets = targets.Count == MaxTargets ? ulong.MaxValue : (1UL << targets.Count) - 1;
        IndexedAlternative[] indexed = [.. targets.SelectMany((alternatives, i) => alternatives.Select(a => new IndexedAlternative(a, 1UL << i)))];

        // The type test is the cheapest to index: a typed alternative goes by its type even when it also tests attributes.
        byType = indexed.Where(a => a.Alternative.Type is not null)
            .GroupBy(a => a.Alternative.Type!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        ILookup<int, IndexedAlternative> slotted = indexed.Where(a => a.Alternative.Type is null && a.Alternative.Tests.Length > 0)
            .ToLookup(a => a.Alternative.Tests[0].Slot);
        bySlot = new SlotCandidates?[slotted.Select(g => g.Key + 1).DefaultIfEmpty(0).Max()];
        foreach (IGrouping<int, IndexedAlternative> slot in slotted)
        {
            bySlot[slot.Key] = new SlotCandidates([.. slot]);
        }

        usedSlots = [.. slotted.Select(g => g.Key).Order()];
        always = [.. indexed.Where(a => a.Alternative.Type is null && a.Alternative.Tests.Length == 0)];
    }

    /// <summary>
    /// The targets the element matches, one bit each; targets in <paramref name="skip"/> are not tried (and not answered).
    /// <paramref name="values"/> holds the element's slot values (<see cref="AttributeSlots.Read"/>) and
    /// <paramref name="scope"/> is the scope AngleSharp's matching gets.
    /// </summary>
    public ulong Match(IElement element, string?[] values, IElement? scope, ulong skip = 0)
    {
        ulong done = skip;
        // Through the class when it can be: the interface call meets the page's many element classes (slow dispatch).
        string localName = element is Element known ? known.LocalName : element.LocalName;
        if (byType.TryGetValue(localName, out IndexedAlternative[]? typed))
        {
            done = Try(typed, element, values, scope, done);
        }

        foreach (int slot in usedSlots)
        {
            if (done == allTargets)
            {
                break;
            }

            if (values[slot] is { } value)
            {
                (IndexedAlternative[] bySubstring, IndexedAlternative[] others) = bySlot[slot]!.For(value);
                done = Try(others, element, values, scope, Try(bySubstring, element, values, scope, done));
            }
        }

        done = Try(always, element, values, scope, done);
        return done & ~skip;
    }

    // Tries the alternatives of targets not yet done; their type (or first slot) is already known to fit.
    private ulong Try(IndexedAlternative[] alternatives, IElement element, string?[] values, IElement? scope, ulong done)
    {
        foreach (IndexedAlternative candidate in alternatives)
        {
            if ((done & candidate.Target) == 0 && candidate.Alternative.MatchesKnownType(element, values, scope))
            {
                done |= candidate.Target;
                if (done == allTargets)
                {
                    break;
                }
            }
        }

        return done;
    }
}
