using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Compiles one selector (not a list) into a <see cref="SelectorAlternative"/>.</summary>
internal static class SelectorCompiler
{
    private static readonly Lock ProbeLock = new();

    // An element to ask a selector how it compares values: AngleSharp makes some HTML attributes (rel, type, lang …)
    // case-insensitive by name and the author may add "i" or "s"; asking the selector itself follows it exactly.
    private static IElement? probe;

    public static SelectorAlternative Compile(ISelector selector, AttributeSlots slots)
    {
        // Namespaces and escaped names are rare and subtle: AngleSharp keeps them.
        if (selector.Text.AsSpan().IndexOfAny('|', '\\') >= 0)
        {
            return new SelectorAlternative(null, [], selector);
        }

        SelectorShape shape = SelectorShape.Of(selector);
        if (shape.Kind == SelectorShapeKind.Combinator)
        {
            // The rightmost compound is the subject: it must match before the combinators are worth walking.
            SelectorAlternative? subject = CompileCompound(shape.Parts[^1], slots);
            return new SelectorAlternative(subject?.Type, subject?.Tests ?? [], selector);
        }

        return CompileCompound(selector, slots) ?? new SelectorAlternative(null, [], selector);
    }

    private static SelectorAlternative? CompileCompound(ISelector compound, AttributeSlots slots)
    {
        SelectorShape shape = SelectorShape.Of(compound);
        IReadOnlyList<ISelector> parts = shape.Kind == SelectorShapeKind.Compound ? shape.Parts : [compound];
        string? type = null;
        var tests = new List<AttributeTest>();
        foreach (ISelector part in parts)
        {
            SelectorShape simple = part == compound ? shape : SelectorShape.Of(part);
            if (simple.Kind == SelectorShapeKind.Type && type is null)
            {
                type = simple.Name == "*" ? null : simple.Name;
            }
            else if (simple.Kind == SelectorShapeKind.Attribute && Test(part, simple, slots) is { } test)
            {
                tests.Add(test);
            }
            else
            {
                return null;
            }
        }

        return new SelectorAlternative(type, [.. tests], null);
    }

    private static AttributeTest? Test(ISelector part, SelectorShape shape, AttributeSlots slots)
    {
        AttributeOperator? op = shape.Operator switch
        {
            "" => AttributeOperator.Present,
            "=" => AttributeOperator.Equals,
            "~=" => AttributeOperator.Token,
            "*=" => AttributeOperator.Contains,
            "^=" => AttributeOperator.StartsWith,
            "$=" => AttributeOperator.EndsWith,
            _ => null,
        };
        if (op is not { } known || shape.Name.Length == 0)
        {
            return null;
        }

        StringComparison? comparison = known == AttributeOperator.Present ? StringComparison.Ordinal : ComparisonOf(part, shape);
        return comparison is { } c ? new AttributeTest(slots.SlotOf(shape.Name), known, shape.Value, c) : null;
    }

    // Null when the probe cannot carry the attribute (a name HTML does not allow): AngleSharp keeps that selector.
    private static StringComparison? ComparisonOf(ISelector part, SelectorShape shape)
    {
        string swapped = string.Create(shape.Value.Length, shape.Value, static (chars, value) =>
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                chars[i] = char.ToUpperInvariant(c) != c ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            }
        });
        if (string.Equals(swapped, shape.Value, StringComparison.Ordinal))
        {
            return StringComparison.Ordinal; // No letter whose case could differ.
        }

        lock (ProbeLock)
        {
            probe ??= new HtmlParser().ParseDocument("<div></div>").Body!.FirstElementChild!;
            try
            {
                probe.SetAttribute(shape.Name, swapped);
                return part.Match(probe) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            }
            catch (DomException)
            {
                return null;
            }
            finally
            {
                probe.RemoveAttribute(shape.Name);
            }
        }
    }
}
