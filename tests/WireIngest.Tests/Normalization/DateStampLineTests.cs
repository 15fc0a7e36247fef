using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class DateStampLineTests
{
    [TestCase("Nov. 20, 2019, 9:28 AM UTC")]
    [TestCase("November 20, 2019 - 11:28 AMT")]
    [TestCase("Friday, 22 Nov 2024 4:55 PM MYT")]
    [TestCase("28.04.2023 | 17:52 Uhr")]
    [TestCase("19.11.2021")]
    [TestCase("am 3. Februar 2022 um 21:17")]
    [TestCase("Publiziert17. Dezember 2024, 12:17")]
    [TestCase("9 octobre 2014 à 12:06")]
    [TestCase("2019年3月1日 13時16分")]
    [TestCase("기사입력 :[ 2018-08-25 15:24 ]")]
    [TestCase("Updated: 2018-08-25")]
    [TestCase("Published 3:40 PM EST, Mon March 4, 2019")]
    public void Is_PublicationTime_True(string line)
    {
        Assert.That(DateStampLine.Is(line), Is.True);
    }

    [TestCase("")]
    [TestCase("1")]
    [TestCase("1 / 5")]
    [TestCase("2019")]
    [TestCase("Frankfurt, November 05, 2025")]
    [TestCase("The vote is on Nov. 20, 2019.")]
    [TestCase("Trump won 306 electoral votes in 2016.")]
    [TestCase("CNN —")]
    [TestCase("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 x")]
    [TestCase("2019 2020 2021 2022 2023 2024 2025 2026 2027 2028 2029 !")]
    [TestCase("Chapter 3: March 2019 to May 2020, and what came after it for the company's employees")]
    public void Is_NotOnlyADate_False(string line)
    {
        Assert.That(DateStampLine.Is(line), Is.False);
    }
}
