using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Tests.Validation;

[TestFixture]
public sealed class TimeSpanRangeAttributeTests
{
    [TestCase("00:00:00.5", true)]
    [TestCase("00:00:00", false)]
    [TestCase("1.00:00:00", true)]
    [TestCase("00:00:00.499", false)]
    [TestCase("1.00:00:00.001", false)]
    [TestCase("-00:00:01", false)]
    public void IsValid_ValueAgainstHalfSecondToOneDay_TrueOnlyInsideTheBoundsInclusive(string value, bool expected)
    {
        var range = new TimeSpanRangeAttribute("00:00:00.5", "1.00:00:00");

        Assert.That(range.IsValid(TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public void IsValid_Unset_IsValidLikeRange() =>
        Assert.That(new TimeSpanRangeAttribute("00:00:01", "00:00:02").IsValid(null), Is.True);

    [Test]
    public void GetValidationResult_OutOfRange_NamesTheMemberAndBothBounds()
    {
        var range = new TimeSpanRangeAttribute("00:00:00", "00:10:00");

        ValidationResult? result = range.GetValidationResult(TimeSpan.FromMinutes(11), new ValidationContext(new object(), "BusyTimeout", null, null));

        Assert.That(result?.ErrorMessage, Is.EqualTo("The field BusyTimeout must be between 00:00:00 and 00:10:00."));
    }
}
