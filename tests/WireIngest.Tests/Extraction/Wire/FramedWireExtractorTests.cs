using System.Text;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class FramedWireExtractorTests
{
    [Test]
    public void Anpa_Sample_HeaderLinesReadAndBodyIndentedParagraphs()
    {
        ExtractedArticle story = WireDocuments.Extract(new Anpa1312Extractor(), WireDocuments.Sample("anpa-1312-ap-lake-rescue.tst")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Slugline, Is.EqualTo("BC-US--Lake Rescue"));
            Assert.That(story.Headline, Is.EqualTo("Ice fisherman rescued from fictional lake after floe breaks away"));
            Assert.That(story.Byline, Is.EqualTo("By SAM RIVERA"));
            Assert.That(story.Body, Has.Count.EqualTo(3));
            Assert.That(story.Body[0].Text, Does.StartWith("GREENWATER, Minn. (AP) _ Rescuers"));
        });
    }

    [Test]
    public void Anpa_TwoMessagesInOneStream_TwoStories()
    {
        byte[] one = WireDocuments.SampleBytes("anpa-1312-ap-lake-rescue.tst");
        byte[] two = Encoding.Latin1.GetBytes("\u0016\u0016\u0001a0002\u001f-----\r\n r a\u0013\u0011 BC-US--Other   02-12 0100\r\n\u0002^BC-US--Other,100<\r\n^Second headline<\r\n\t   Second text.\r\n\u0003\u0004");

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(new Anpa1312Extractor(), WireDocuments.FromBytes([.. one, .. two]));

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["Ice fisherman rescued from fictional lake after floe breaks away", "Second headline"]));
    }

    // The post-text time stamp after ETX dates the take with its year: AP's in UTC, Kyodo's in Tokyo time (its KWS desk);
    // an unknown desk, a malformed, an empty or a missing stamp (no ETX at all: null) leaves the story undated (the
    // selector line's "11-13 1049" has no year). Control characters are added here: NUnit names cases by their arguments.
    [TestCase("AP-WF-11-13-13 1509GMT<", "2013-11-13T15:09:00Z")]
    [TestCase("   AP-NY-02-29-16 0337GMT   ", "2016-02-29T03:37:00Z")]
    [TestCase("AP-WF-02-30-16 0337GMT", null)]
    [TestCase("AP-WF-11-13-13 2561GMT", null)]
    [TestCase("KWS-21:37-09-12-18", "2018-12-09T12:37:00Z")]
    [TestCase("KWS-08:05-01-01-19", "2018-12-31T23:05:00Z")]
    [TestCase("XYZ-21:37-09-12-18", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Anpa_PostTextTimeStamp_DatesTheStory(string? stamp, string? expected)
    {
        string text = "\u0016\u0016\u0001a0002\u001f-----\r\n r a\u0013\u0011 BC-US--Other   11-13 1049\r\n\u0002^BC-US--Other,100<\r\n^A headline<\r\n\t   The text.\r\n"
            + (stamp is null ? string.Empty : "\u0003" + stamp + "\r\n\u0004");

        ExtractedArticle story = WireDocuments.Extract(new Anpa1312Extractor(), WireDocuments.FromBytes(Encoding.Latin1.GetBytes(text))).Single();

        DateTimeOffset? date = expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That((story.FirstCreated, story.VersionCreated), Is.EqualTo((date, date)));
    }

    [Test]
    public void Anpa_UnmarkedKyodoStyle_HeadlineEndedByPlusAndWrappedParagraphs()
    {
        string text = "\u0001a0105KYODO\u001fkoko-\r\nu s\u0014\u0012 BC-Soccer-Cup   09-12 0344\r\n\u0002BC-Soccer-Cup\r\n"
            + "Soccer: Reds win the cup+\r\n     SAITAMA, Japan, Dec. 9 Kyodo - The Reds won\r\nthe cup on Sunday.\r\n     The only goal came early.\r\n\u0003";

        ExtractedArticle story = WireDocuments.Extract(new Anpa1312Extractor(), WireDocuments.FromText(text)).Single();

        Assert.That(story.Headline, Is.EqualTo("Soccer: Reds win the cup"));
        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["SAITAMA, Japan, Dec. 9 Kyodo - The Reds won the cup on Sunday.", "The only goal came early."]));
    }

    [Test]
    public void Iptc7901_Sample_TitleBlockAndBody()
    {
        ExtractedArticle story = WireDocuments.Extract(new Iptc7901Extractor(), WireDocuments.Sample("iptc-7901-dpa-rail.txt")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Slugline, Is.EqualTo("Germany-transport/rail/"));
            Assert.That(story.Headline, Is.EqualTo("Fictional rail line reopens after landslide"), "the closing = is framing");
            Assert.That(story.Byline, Is.EqualTo("By Anna Berger, dpa"));
            Assert.That(story.Body[0].Text, Is.EqualTo("Hamburg (dpa) - A regional rail line in the fictional Elbtal valley reopened on Thursday, two weeks after a landslide buried the tracks, the operator said."));
        });
    }

    [Test]
    public void Iptc7901_TwoMessagesInOneStream_TwoStories()
    {
        byte[] one = WireDocuments.SampleBytes("iptc-7901-dpa-rail.txt");
        byte[] two = Encoding.Latin1.GetBytes("\u0001eca0002 3 i 120  dpa 0046\r\n\r\nGermany-weather/\r\n\u0002Storm warning lifted =\r\n\r\n   Kiel (dpa) - The storm warning was lifted.\r\n\u0003");

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(new Iptc7901Extractor(), WireDocuments.FromBytes([.. one, .. two]));

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["Fictional rail line reopens after landslide", "Storm warning lifted"]));
    }

    [Test]
    public void Iptc7901_VersionMarksAboveHeadline_LastLineIsTheHeadline()
    {
        string text = "\u0001eca0003 3 i 380  dpa 0045\r\n\r\nSwitzerland/migration/\r\n\u0002REFILE\n1ST LEAD\nSwitzerland joins the list\nBy dpa correspondents =\r\n\r\nGeneva (dpa) - Text.\r\n\u0003";

        ExtractedArticle story = WireDocuments.Extract(new Iptc7901Extractor(), WireDocuments.FromText(text)).Single();

        Assert.That(story.Headline, Is.EqualTo("Switzerland joins the list"));
        Assert.That(story.Byline, Is.EqualTo("By dpa correspondents"));
    }

    [TestCase("anpa-1312-ap-lake-rescue.tst", true, false)]
    [TestCase("iptc-7901-dpa-rail.txt", false, true)]
    public void CanExtract_FramedSamples_OnlyTheirOwnExtractor(string sample, bool anpa, bool iptc)
    {
        byte[] bytes = WireDocuments.SampleBytes(sample);

        Assert.That(new Anpa1312Extractor().CanExtract(bytes), Is.EqualTo(anpa));
        Assert.That(new Iptc7901Extractor().CanExtract(bytes), Is.EqualTo(iptc));
    }
}
