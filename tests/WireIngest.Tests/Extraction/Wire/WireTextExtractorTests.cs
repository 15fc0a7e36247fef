using System.Text;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class WireTextExtractorTests
{
    private readonly WireTextExtractor _extractor = new();

    [Test]
    public void Extract_Sample_OpeningLinesSortedIntoTheirRoles()
    {
        ExtractedArticle story = WireDocuments.Extract(_extractor, WireDocuments.Sample("reuters-wire-text-harbour.txt")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("UPDATE 1-Harbour authority approves night ferry trial after storm damage"));
            Assert.That(story.Byline, Is.EqualTo("By Marta Kowal and Ian Fairley"));
            Assert.That(story.Body, Has.One.EqualTo(BodyBlock.Paragraph("By Marta Kowal and Ian Fairley")), "the byline line is the provider's copy");
            Assert.That(story.Body[0], Is.EqualTo(BodyBlock.Paragraph("(Adds port operator comment in paragraphs 4-5)")));
            Assert.That(story.Body.Where(b => b.Kind == BodyBlockKind.ListItem), Has.Exactly(2).Items);
            Assert.That(story.Body.First(b => b.Kind == BodyBlockKind.Paragraph && b.Text.Contains("(Reuters)", StringComparison.Ordinal)).Text, Does.StartWith("GDANSK, Feb 12 (Reuters) - "));
            Assert.That(story.Body[^1].Text, Does.StartWith("(Reporting by Marta Kowal"), "the trailer stays for the normaliser");
            Assert.That(story.CopyrightLines, Has.Exactly(1).StartsWith("(c) Copyright Thomson Reuters 2026"));
        });
    }

    [TestCase("Headline here\n\nLONDON (Reuters) - Text.", true)]
    [TestCase("Headline here\nJan 30 (Reuters) - Market report.", true)]
    [TestCase("Headline here\n(Adds detail)\nBy Ann Lee\nDONETSK, Ukraine/MOSCOW, June 2 (Reuters) - Text.", true)]
    [TestCase("Home\nWorld\nBusiness\nHeadline here\nLONDON (Reuters) - Text.", false)]
    [TestCase("LONDON (Reuters) - Text without a headline.", false)]
    [TestCase("Headline here\n\nJust an ordinary paragraph of prose.", false)]
    public void CanExtract_Opening_OnlyHeadlineThenWireLinesThenDateline(string text, bool expected)
    {
        Assert.That(_extractor.CanExtract(Encoding.UTF8.GetBytes(text)), Is.EqualTo(expected));
    }

    [Test]
    public void CanExtract_SavedPageTextOfASyndicatedStory_NotWireText()
    {
        Assert.That(_extractor.CanExtract(WireDocuments.SampleBytes("japantoday-reuters-ukraine-nato.txt")), Is.False);
    }
}
