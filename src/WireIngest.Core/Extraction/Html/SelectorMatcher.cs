using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// A selector list compiled once into type and attribute tests over values read in one pass per element
/// (<see cref="AttributeSlots"/>), with AngleSharp's own matching kept for what it does not compile. Same answers as
/// <c>selector.Match(element, scope)</c>.
/// </summary>
internal sealed class SelectorMatcher
{
    // Below this many alternatives, trying each costs less than looking up the index.
    private const int MinIndexed = 4;

    private readonly SelectorAlternative[] alternatives;
    private readonly AlternativeIndex? index;

    private SelectorMatcher(ISelector selector, SelectorAlternative[] alternatives)
    {
        Selector = selector;
        this.alternatives = alternatives;
        index = alternatives.Length >= MinIndexed ? new AlternativeIndex([alternatives]) : null;
    }

    public ISelector Selector { get; }

    /// <summary>The compiled selectors of the list, in its order.</summary>
    public IReadOnlyList<SelectorAlternative> Alternatives => alternatives;

    /// <summary>Whether every selector of the list was compiled whole (none left to AngleSharp).</summary>
    public bool IsCompiled => Array.TrueForAll(alternatives, a => a.Rest is null);

    /// <summary>Compiles <paramref name="selector"/>, giving the attributes it tests slots in <paramref name="slots"/>.</summary>
    public static SelectorMatcher Compile(ISelector selector, AttributeSlots slots)
    {
        SelectorShape shape = SelectorShape.Of(selector);
        IReadOnlyList<ISelector> list = shape.Kind == SelectorShapeKind.List ? shape.Parts : [selector];
        return new SelectorMatcher(selector, [.. list.Select(s => SelectorCompiler.Compile(s, slots))]);
    }

    /// <summary>
    /// Whether the element matches; <paramref name="values"/> holds its slot values (<see cref="AttributeSlots.Read"/>) and
    /// <paramref name="scope"/> is the scope AngleSharp's matching gets (the document element for <c>selector.Match(element)</c>).
    /// </summary>
    public bool Matches(IElement element, string?[] values, IElement? scope)
    {
        if (index is not null)
        {
            return index.Match(element, values, scope) != 0;
        }

        string localName = element.LocalName;
        foreach (SelectorAlternative alternative in alternatives)
        {
            if (alternative.Matches(element, localName, values, scope))
            {
                return true;
            }
        }

        return false;
    }
}
