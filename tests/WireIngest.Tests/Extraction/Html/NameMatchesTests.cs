using System.Text.RegularExpressions;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class NameMatchesTests
{
    private static readonly Regex Chrome = new("share|(^|\\s)nav|related", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Content = new("article-?body|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [TestCase("share-buttons  ", true, false)]
    [TestCase("navbar main  ", true, false)]
    [TestCase("mainnavbar  ", false, false)]
    [TestCase("article-body story  ", false, true)]
    [TestCase("Related-Story  ", true, true)]
    [TestCase("", false, false)]
    public void IsMatch_SameNamesAskedAgainAndOfAnotherPattern_AnswersAsTheRegex(string names, bool chrome, bool content)
    {
        for (int i = 0; i < 3; i++)
        {
            Assert.That(NameMatches.IsMatch(Chrome, names), Is.EqualTo(chrome));
            Assert.That(NameMatches.IsMatch(Content, names), Is.EqualTo(content));
        }
    }

    [Test]
    public void IsMatch_MoreDistinctNamesThanTheCacheHolds_StillAnswersAsTheRegex()
    {
        for (int i = 0; i < 40_000; i++)
        {
            string names = i % 2 == 0 ? $"share-{i}" : $"box-{i}";
            Assert.That(NameMatches.IsMatch(Chrome, names), Is.EqualTo(i % 2 == 0), names);
        }
    }

    [Test]
    public void IsMatch_MorePatternsThanTheAnswersHold_EachAnswersAsItsRegex()
    {
        Regex[] many = [.. Enumerable.Range(0, 80).Select(i => new Regex($"x{i}(\\s|$)", RegexOptions.CultureInvariant))];
        string names = "box x3 x70 x79";

        for (int round = 0; round < 2; round++)
        {
            bool[] answers = [.. many.Select(p => NameMatches.IsMatch(p, names))];

            Assert.That(answers.Select((m, i) => m ? i : -1).Where(i => i >= 0), Is.EqualTo(new[] { 3, 70, 79 }), $"round {round}");
        }
    }
}
