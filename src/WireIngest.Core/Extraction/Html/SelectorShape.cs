using AngleSharp.Css;
using AngleSharp.Css.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>What one selector is made of, as its <see cref="ISelector.Accept"/> tells: the top level only.</summary>
internal sealed class SelectorShape : ISelectorVisitor
{
    private SelectorShape()
    {
    }

    public SelectorShapeKind Kind { get; private set; } = SelectorShapeKind.Other;

    /// <summary>The attribute or type name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The attribute operator (empty for <c>[a]</c>).</summary>
    public string Operator { get; private set; } = string.Empty;

    /// <summary>The attribute value as written (unescaped).</summary>
    public string Value { get; private set; } = string.Empty;

    /// <summary>The parts of a list, compound or combinator selector, left to right.</summary>
    public IReadOnlyList<ISelector> Parts { get; private set; } = [];

    public static SelectorShape Of(ISelector selector)
    {
        var shape = new SelectorShape();
        selector.Accept(shape);
        return shape;
    }

    void ISelectorVisitor.Attribute(string name, string op, string? value)
    {
        Kind = SelectorShapeKind.Attribute;
        Name = name;
        Operator = op;
        Value = value ?? string.Empty;
    }

    void ISelectorVisitor.Type(string name)
    {
        Kind = SelectorShapeKind.Type;
        Name = name;
    }

    void ISelectorVisitor.List(IEnumerable<ISelector> selectors) => SetParts(SelectorShapeKind.List, selectors);

    void ISelectorVisitor.Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols) => SetParts(SelectorShapeKind.Combinator, selectors);

    void ISelectorVisitor.Many(IEnumerable<ISelector> selectors) => SetParts(SelectorShapeKind.Compound, selectors);

    // Ids, classes, structural and other pseudo-classes are left to AngleSharp.
    void ISelectorVisitor.Id(string value) => Kind = SelectorShapeKind.Other;

    void ISelectorVisitor.Child(string name, int step, int offset, ISelector selector) => Kind = SelectorShapeKind.Other;

    void ISelectorVisitor.Class(string name) => Kind = SelectorShapeKind.Other;

    void ISelectorVisitor.PseudoClass(string name) => Kind = SelectorShapeKind.Other;

    void ISelectorVisitor.PseudoElement(string name) => Kind = SelectorShapeKind.Other;

    private void SetParts(SelectorShapeKind kind, IEnumerable<ISelector> selectors)
    {
        Kind = kind;
        Parts = [.. selectors];
    }
}
