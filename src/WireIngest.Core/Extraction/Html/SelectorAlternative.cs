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

    public bool Matches(IElement element, string?[] values, IElement? scope)
    {
        if (Type is not null && !string.Equals(Type, element.LocalName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

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
