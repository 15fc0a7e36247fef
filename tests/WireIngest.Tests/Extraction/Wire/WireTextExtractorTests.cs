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

    private const string FirstStory = """
        UPDATE 1-Port approves ferry trial

        By Ann Lee

        GDANSK, Feb 12 (Reuters) - The port approved a ferry trial.

        The board voted 7-2.

        (Reporting by Ann Lee; Editing by Peter Holm)
        """;

    private const string SecondStory = """
        Rail strike called off
        (Adds union comment)
        BERLIN, Feb 12 (Reuters) - A rail strike was called off on Wednesday.

        The union said talks would resume.
        """;

    [TestCase("\n\n")]
    [TestCase("\n\n(c) Copyright Thomson Reuters 2026. Click For Restrictions - https://www.reuters.com/info-pages/copyright/\n\n")]
    [TestCase("\n\n----------\n\n")]
    [TestCase("\n==========\n")]
    public void Extract_StoriesOneAfterAnother_OneStoryEach(string between)
    {
        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_extractor, WireDocuments.FromText(FirstStory + between + SecondStory));

        Assert.Multiple(() =>
        {
            Assert.That(stories.Select(s => s.Headline), Is.EqualTo(new[] { "UPDATE 1-Port approves ferry trial", "Rail strike called off" }));
            Assert.That(stories[0].Byline, Is.EqualTo("By Ann Lee"));
            Assert.That(stories[0].Body[^1].Text, Is.EqualTo("(Reporting by Ann Lee; Editing by Peter Holm)"));
            Assert.That(stories[1].Byline, Is.Null);
            Assert.That(stories[1].Body.Select(b => b.Text), Is.EqualTo(new[] { "(Adds union comment)", "BERLIN, Feb 12 (Reuters) - A rail strike was called off on Wednesday.", "The union said talks would resume." }));
        });
    }

    [Test]
    public void Extract_TrailerFollowedByMoreText_StaysOneStory()
    {
        const string Text = """
            Port approves ferry trial

            GDANSK, Feb 12 (Reuters) - The port approved a ferry trial.

            (Reporting by Ann Lee; Editing by Peter Holm)

            Related coverage

            The board had rejected a similar plan in 2024.
            """;

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_extractor, WireDocuments.FromText(Text));

        Assert.That(stories, Has.Count.EqualTo(1));
    }

    [Test]
    public void CanExtract_SavedPageTextOfASyndicatedStory_NotWireText()
    {
        Assert.That(_extractor.CanExtract(WireDocuments.SampleBytes("japantoday-reuters-ukraine-nato.txt")), Is.False);
    }
}
