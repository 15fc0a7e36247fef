using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class WireDatesTests
{
    [TestCase("20140829T134951+0000", "2014-08-29T13:49:51+00:00")]
    [TestCase("20131020T192751+1100", "2013-10-20T19:27:51+11:00")]
    [TestCase("20260212T150000Z", "2026-02-12T15:00:00+00:00")]
    [TestCase("20190129T133356", "2019-01-29T13:33:56+00:00")]
    [TestCase("2014-07-16T15:53:10.000Z", "2014-07-16T15:53:10+00:00")]
    [TestCase("2017-08-24T04:38:34+0000", "2017-08-24T04:38:34+00:00")]
    [TestCase("2013-02-16T17:36:20", "2013-02-16T17:36:20+00:00")]
    public void Parse_WireTimestampForms_Read(string value, string expected)
    {
        Assert.That(WireDates.Parse(value), Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("4/4/2018 17:59:03 tomorrow")]
    [TestCase("not a date")]
    public void Parse_Unreadable_Null(string value)
    {
        Assert.That(WireDates.Parse(value), Is.Null);
    }
}
