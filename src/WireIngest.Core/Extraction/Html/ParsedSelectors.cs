using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Selectors parsed once per process: AngleSharp's string overloads parse the selector text again on every call,
/// which for the locators' long attribute-substring lists cost as much as matching them.
/// </summary>
internal static class ParsedSelectors
{
    /// <summary>
    /// Parses a selector list, compiled for matching (<see cref="CompiledSelector"/>); a bad one is a programming error,
    /// caught by the first test that touches its type.
    /// </summary>
    public static ISelector Parse(string text) =>
        new CompiledSelector(new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"not a CSS selector: {text}", nameof(text)));

    /// <summary>Descendants of <paramref name="scope"/> matching <paramref name="selector"/>, in document order.</summary>
    public static IHtmlCollection<IElement> All(this INode scope, ISelector selector) => scope.ChildNodes.QuerySelectorAll(selector);

    /// <summary>
    /// Descendants of <paramref name="scope"/> matching <paramref name="selector"/>, in document order as <see cref="All"/>
    /// lists them, one at a time: a caller that stops at the first few does not walk the rest of the scope.
    /// </summary>
    public static IEnumerable<IElement> InOrder(this INode scope, ISelector selector)
    {
        foreach (INode node in scope.GetDescendants())
        {
            if (node is IElement element && selector.Match(element))
            {
                yield return element;
            }
        }
    }

    /// <summary>The first descendant of <paramref name="scope"/> matching <paramref name="selector"/>.</summary>
    public static IElement? First(this INode scope, ISelector selector) => scope.ChildNodes.QuerySelector(selector);

    /// <summary>The element itself or its nearest ancestor matching <paramref name="selector"/>, as <c>Element.closest</c>.</summary>
    public static IElement? Closest(this IElement element, ISelector selector)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (selector.Match(e))
            {
                return e;
            }
        }

        return null;
    }
}
