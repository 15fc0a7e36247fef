using System.Globalization;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class PageDatesTests
{
    // The forms seen in pages' meta tags, JSON-LD and time elements; the expected value in round-trip form.
    [TestCase("2016-12-06T23:22:22.402Z", "2016-12-06T23:22:22.4020000+00:00")]
    [TestCase("2022-10-17 16:01:26", "2022-10-17T16:01:26.0000000+00:00")]
    [TestCase("2023-04-28T19:20:36+0200", "2023-04-28T19:20:36.0000000+02:00")]
    [TestCase("Tue, 07 Apr 2020 07:36:07 +0530", "2020-04-07T07:36:07.0000000+05:30")]
    [TestCase("December 1, 2016", "2016-12-01T00:00:00.0000000+00:00")]
    [TestCase("10.12.2022, 07:00:03", "2022-12-10T07:00:03.0000000+00:00")]
    [TestCase("28.04.2023 17:52", "2023-04-28T17:52:00.0000000+00:00")]
    [TestCase("1.2.2023", "2023-02-01T00:00:00.0000000+00:00")]
    [TestCase("Fri Apr 28 19:20:36 CEST 2023", "2023-04-28T19:20:36.0000000+02:00")]
    [TestCase("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00.0000000-04:00")]
    [TestCase("Mon Aug 03 12:45:00 XYZ 2015", "2015-08-03T12:45:00.0000000+00:00")]
    public void Parse_PageForm_ReadsTheTimestamp(string text, string expected)
    {
        Assert.That(PageDates.Parse(text), Is.EqualTo(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("31.02.2023")]
    [TestCase("10.13.2022")]
    [TestCase("3 Minuten")]
    [TestCase("Fri Apr 31 19:20:36 CEST 2023")]
    [TestCase("2016-12-22148243245100018:47:31")]
    public void Parse_NotATimestamp_IsNull(string? text)
    {
        Assert.That(PageDates.Parse(text), Is.Null);
    }

    [Test]
    public void Parse_LongText_IsNullWithoutReadingIt()
    {
        Assert.That(PageDates.Parse("2024-11-29 " + new string('x', 10_000)), Is.Null);
    }
}
