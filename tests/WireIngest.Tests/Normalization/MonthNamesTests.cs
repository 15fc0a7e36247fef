using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class MonthNamesTests
{
    [Test]
    public void Pattern_WrittenOut_ListsEveryMonthWordLongestFirst()
    {
        string fromWords = string.Join('|', MonthNames.Words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal));

        Assert.That(fromWords, Is.EqualTo(MonthNames.Pattern));
    }

    [TestCase("Sept", 9)]
    [TestCase("sept.", 9)]
    [TestCase("juil", 7)]
    [TestCase("März", 3)]
    [TestCase("Dezember", 12)]
    [TestCase("Monday", 0)]
    public void Parse_MonthWord_ReturnsMonthNumber(string word, int expected)
    {
        Assert.That(MonthNames.Parse(word), Is.EqualTo(expected));
    }
}
