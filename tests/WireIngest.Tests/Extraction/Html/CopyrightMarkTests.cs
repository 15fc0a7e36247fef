using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class CopyrightMarkTests
{
    [TestCase("© Thomson Reuters 2024.", true)]
    [TestCase("Copyright 2024 GPlusMedia Inc.", true)]
    [TestCase("(C) 2024 The Associated Press", true)]
    [TestCase("COPYRIGHT", true)]
    [TestCase("copyrighted", false)]
    [TestCase("(c)2024", false)]
    [TestCase("The minister said on Tuesday.", false)]
    [TestCase("", false)]
    public void MayHoldMark_Text_HoldsWheneverTheMarkMatches(string text, bool mark)
    {
        Assert.That(CopyrightCollector.Mark().IsMatch(text), Is.EqualTo(mark));
        Assert.That(CopyrightCollector.MayHoldMark(text) || !mark, Is.True);
    }

    // Every character in every place of the mark's words: the hint never misses what the case-insensitive regex finds.
    [Test]
    public void MayHoldMark_EveryCharacterInTheMarksWords_HoldsWheneverTheMarkMatches()
    {
        Assert.Multiple(() =>
        {
            foreach (string word in new[] { "copyright", "(c) ", "©" })
            {
                for (int at = 0; at < word.Length; at++)
                {
                    for (int c = 0; c <= char.MaxValue; c++)
                    {
                        string text = "x " + word[..at] + (char)c + word[(at + 1)..] + " y";
                        if (CopyrightCollector.Mark().IsMatch(text) && !CopyrightCollector.MayHoldMark(text))
                        {
                            Assert.Fail($"U+{c:X4} at {at} of {word}");
                        }
                    }
                }
            }
        });
    }
}
