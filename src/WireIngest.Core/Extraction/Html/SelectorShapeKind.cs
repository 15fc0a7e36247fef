namespace WireIngest.Core.Extraction.Html;

/// <summary>The kinds of selector <see cref="SelectorShape"/> tells apart.</summary>
internal enum SelectorShapeKind
{
    /// <summary>Anything a compiled selector leaves to AngleSharp.</summary>
    Other,

    /// <summary><c>div</c> or <c>*</c>.</summary>
    Type,

    /// <summary><c>[a]</c>, <c>[a=v]</c> …</summary>
    Attribute,

    /// <summary><c>a, b</c></summary>
    List,

    /// <summary><c>a[b][c]</c></summary>
    Compound,

    /// <summary><c>a b</c>, <c>a + b</c>, <c>a > b</c>, <c>ns|a</c></summary>
    Combinator,
}
