using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// One selector of a compiled list: a type (null for any) and attribute tests answered from the element's slot values;
/// a selector with combinators or other parts also asks AngleSharp (<see cref="Rest"/>) once its subject's own tests pass.
/// </summary>
internal sealed class SelectorAlternative(string? type, AttributeTest[] tests, ISelector? rest)
{
    public string? Type { get; } = type;

    public AttributeTest[] Tests { get; } = tests;

    /// <summary>The whole selector, matched by AngleSharp after the compiled tests pass; null when they decide alone.</summary>
    public ISelector? Rest { get; } = rest;

    // The slot of the first test: most elements lack the attribute, and a look at the slot settles them without a call.
    private readonly int firstSlot = tests.Length > 0 ? tests[0].Slot : -1;

    /// <summary>Whether the element (its local name and slot values passed in, read once for all alternatives) matches.</summary>
    public bool Matches(IElement element, string localName, string?[] values, IElement? scope)
    {
        if ((firstSlot >= 0 && values[firstSlot] is null)
            || (Type is not null && !string.Equals(Type, localName, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return MatchesKnownType(element, values, scope);
    }

    /// <summary>Whether the element, whose local name is already known to fit <see cref="Type"/>, passes the tests and <see cref="Rest"/>.</summary>
    public bool MatchesKnownType(IElement element, string?[] values, IElement? scope)
    {
        foreach (AttributeTest test in Tests)
        {
            if (!test.Passes(values))
            {
                return false;
            }
        }

        return Rest is null || Rest.Match(element, scope);
    }
}
