namespace WireIngest.Core.Extraction.Html;

/// <summary>One attribute test of a compiled selector, on the value read into its slot; same answers as AngleSharp's.</summary>
internal sealed class AttributeTest(int slot, AttributeOperator op, string value, StringComparison comparison)
{
    public int Slot { get; } = slot;

    public AttributeOperator Operator { get; } = op;

    public string Value { get; } = value;

    public StringComparison Comparison { get; } = comparison;

    /// <summary>Whether the element whose slot values are <paramref name="values"/> passes the test.</summary>
    public bool Passes(string?[] values)
    {
        string? actual = values[Slot];
        if (actual is null)
        {
            // An absent attribute reads as empty for the substring operators, which never match an empty value.
            return false;
        }

        return Operator switch
        {
            AttributeOperator.Present => true,
            AttributeOperator.Equals => string.Equals(actual, Value, Comparison),
            _ when Value.Length == 0 => false,
            AttributeOperator.Contains => actual.Contains(Value, Comparison),
            AttributeOperator.StartsWith => actual.StartsWith(Value, Comparison),
            AttributeOperator.EndsWith => actual.EndsWith(Value, Comparison),
            AttributeOperator.Token => HtmlRules.HasToken(actual, Value, Comparison),
            _ => throw new InvalidOperationException($"unknown operator {Operator}"),
        };
    }
}
