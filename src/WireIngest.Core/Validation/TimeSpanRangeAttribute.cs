using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace WireIngest.Core.Validation;

/// <summary>
/// A <see cref="TimeSpan"/> setting between two bounds, inclusive. <c>[TimeSpanRange(…)]</c> converts its bounds through
/// <c>TypeDescriptor</c> (reflection), which the Native AOT app cannot rely on; this parses them with <see cref="TimeSpan.Parse(string, IFormatProvider)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class TimeSpanRangeAttribute : ValidationAttribute
{
    /// <summary>Creates the rule from two invariant <c>[d.]hh:mm:ss[.fff]</c> bounds.</summary>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    public TimeSpanRangeAttribute(string minimum, string maximum)
        : base("The field {0} must be between {1} and {2}.")
    {
        Minimum = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);
        Maximum = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);
    }

    /// <summary>The smallest allowed value.</summary>
    public TimeSpan Minimum { get; }

    /// <summary>The largest allowed value.</summary>
    public TimeSpan Maximum { get; }

    /// <inheritdoc/>
    /// <remarks>Like <see cref="RangeAttribute"/>, an unset value is valid (<see cref="RequiredAttribute"/> says otherwise).</remarks>
    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    /// <inheritdoc/>
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Minimum, Maximum);
}
