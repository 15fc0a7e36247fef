using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// An AngleSharp selector whose matching goes through its <see cref="SelectorMatcher"/>: every query that walks the
/// page with it (<c>QuerySelectorAll</c>, <c>Closest</c>) reads each element's attributes once instead of one by-name
/// lookup per attribute test, and AngleSharp's own matching is kept for what does not compile. Same answers as
/// <see cref="Inner"/>.
/// </summary>
internal sealed class CompiledSelector : ISelector
{
    // The slot values of the element being matched; one buffer per thread, as extraction runs on a few pool threads.
    [ThreadStatic]
    private static string?[]? buffer;

    private readonly AttributeSlots slots = new();
    private readonly SelectorMatcher matcher;

    public CompiledSelector(ISelector inner)
    {
        Inner = inner;
        matcher = SelectorMatcher.Compile(inner, slots);
    }

    /// <summary>The selector as AngleSharp parsed it.</summary>
    public ISelector Inner { get; }

    public string Text => Inner.Text;

    public Priority Specificity => Inner.Specificity;

    public void Accept(ISelectorVisitor visitor) => Inner.Accept(visitor);

    public bool Match(IElement element, IElement? scope)
    {
        string?[] values = buffer is { } held && held.Length >= slots.Count ? held : (buffer = new string?[Math.Max(slots.Count, 16)]);
        if (slots.Count > 0)
        {
            slots.Read(element, values); // Type lists (p, div, span) test no attribute: nothing to read.
        }
        return matcher.Matches(element, values, scope);
    }
}
