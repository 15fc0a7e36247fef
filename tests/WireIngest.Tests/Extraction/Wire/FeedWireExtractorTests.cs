using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class FeedWireExtractorTests
{
    private const string RitzauItem = """
        <RBNews xmlns="" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
          <NewsID>0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b</NewsID>
          <PublishDate>2026-07-01T12:30:00.000</PublishDate>
          <strapline>NU/FLASH-I</strapline>
          <headline>Færgen sejler igen</headline>
          <subtitle i:nil="true"/>
          <town>Aarhus</town>
          <origin>/ritzau/</origin>
          <version>2</version>
          <Replaces>1</Replaces>
          <content>&lt;p&gt;Første afsnit om f&#xE6;rgen.&lt;/p&gt;&lt;p&gt;Andet afsnit.&lt;/p&gt;</content>
          <Annuleret>false</Annuleret>
          <byLine>Anna Jensen</byLine>
          <byLineEmail>indland@example.dk</byLineEmail>
        </RBNews>
        """;

    private const string WennFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:nm="http://feed.example.com/xmlns/nm" xmlns:cm="http://feed.example.com/xmlns/cm">
          <title>Entertainment feed</title>
          <author><name>Feed Newsdesk</name></author>
          <id>urn:feed:newsfeed:7:9001</id>
          <nm:NewsManagement type="feed"><nm:feed_name>WENN</nm:feed_name></nm:NewsManagement>
          <entry>
            <id>urn:feed:newsfeedarticle:7:9001:1</id>
            <updated>2026-01-30T00:33:06+00:00</updated>
            <title type="text"><![CDATA[Atom title]]></title>
            <content type="text"><![CDATA[First paragraph of the story.

          Second paragraph.]]></content>
            <nm:NewsManagement type="feedarticle">
              <nm:original_article_id>4242</nm:original_article_id>
              <nm:published>2026-01-30T00:33:06+00:00</nm:published>
              <nm:updated>2026-01-30T02:40:56+00:00</nm:updated>
            </nm:NewsManagement>
            <cm:ContentMetadata type="feedarticle" lang="en-GB"><cm:title><![CDATA[Singer cancels tour]]></cm:title></cm:ContentMetadata>
          </entry>
          <entry>
            <id>urn:feed:newsfeedarticle:7:9001:2</id>
            <title>Second story</title>
            <author><name>Jo Writer</name></author>
            <content type="html">&lt;p&gt;Markup paragraph.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    private readonly RitzauExtractor _ritzau = new();
    private readonly AtomFeedExtractor _atom = new();

    [Test]
    public void Extract_RitzauItem_MapsFieldsAndUnescapesTheHtmlText()
    {
        ExtractedArticle story = WireDocuments.Extract(_ritzau, WireDocuments.FromText(RitzauItem)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Format, Is.EqualTo(DocumentFormats.Ritzau));
            Assert.That(story.Headline, Is.EqualTo("Færgen sejler igen"));
            Assert.That(story.Slugline, Is.EqualTo("NU/FLASH-I"));
            Assert.That(story.Dateline, Is.EqualTo("Aarhus"));
            Assert.That(story.Byline, Is.EqualTo("Ritzau"), "origin is the printed byline; byLine is the desk contact");
            Assert.That(story.Agency, Is.EqualTo("Ritzau"));
            Assert.That(story.ProviderVersion, Is.EqualTo("2"));
            Assert.That(story.Uri, Is.EqualTo("urn:uuid:0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));
            Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["Første afsnit om færgen.", "Andet afsnit."]));
            Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Usable));
        });
    }

    [TestCase("/ritzau/", "Ritzau")]
    [TestCase("Via Ritzau", "Ritzau")]
    [TestCase("/Nordisk Film/", "Nordisk Film")]
    public void Extract_RitzauOrigin_AgencyByItsCanonicalNameOtherwiseAsWritten(string origin, string byline)
    {
        string xml = RitzauItem.Replace("<origin>/ritzau/</origin>", $"<origin>{origin}</origin>", StringComparison.Ordinal);

        ExtractedArticle story = WireDocuments.Extract(_ritzau, WireDocuments.FromText(xml)).Single();

        Assert.That(story.Byline, Is.EqualTo(byline));
    }

    [Test]
    public void Extract_RitzauPublishDate_IsCopenhagenLocalTime()
    {
        ExtractedArticle story = WireDocuments.Extract(_ritzau, WireDocuments.FromText(RitzauItem)).Single();

        // 12:30 in Copenhagen in July is CEST (UTC+2); a host without zone data reads it as UTC.
        Assert.That(story.VersionCreated, Is.EqualTo(new DateTimeOffset(2026, 7, 1, 10, 30, 0, TimeSpan.Zero)).Or.EqualTo(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Extract_RitzauQueuedResponse_OneStoryPerItemAndCancelledFlag()
    {
        string second = RitzauItem.Replace("<headline>Færgen sejler igen</headline>", "<headline>Aflyst</headline>", StringComparison.Ordinal)
            .Replace("<Annuleret>false</Annuleret>", "<Annuleret>true</Annuleret>", StringComparison.Ordinal);
        string xml = "<?xml version=\"1.0\"?><XMLNewsQueuedResponse xmlns=\"http://tempuri.org/\"><XMLNewsQueuedResult><ListOfRBNews xmlns=\"\">"
            + RitzauItem + second + "</ListOfRBNews></XMLNewsQueuedResult></XMLNewsQueuedResponse>";

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_ritzau, WireDocuments.FromText(xml));

        Assert.That(stories.Select(s => (s.Headline, s.PubStatus)), Is.EqualTo(new[] { ("Færgen sejler igen", PubStatuses.Usable), ("Aflyst", PubStatuses.Canceled) }));
    }

    [Test]
    public void Extract_RitzauWithEntityFromDtd_IsRejected()
    {
        string xml = "<?xml version=\"1.0\"?><!DOCTYPE RBNews [<!ENTITY big \"boom\">]><RBNews><headline>&big;</headline><content>x</content></RBNews>";

        Assert.Throws<DocumentRejectedException>(() => WireDocuments.Extract(_ritzau, WireDocuments.FromText(xml)));
    }

    [Test]
    public void Extract_AtomFeedWithAgencyExtension_EntriesBecomeStories()
    {
        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(_atom, WireDocuments.FromText(WennFeed));

        Assert.That(stories, Has.Count.EqualTo(2));
        ExtractedArticle first = stories[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Format, Is.EqualTo(DocumentFormats.Atom));
            Assert.That(first.Headline, Is.EqualTo("Singer cancels tour"), "the extension's headline wins over the Atom title");
            Assert.That(first.Body.Select(b => b.Text), Is.EqualTo((string[])["First paragraph of the story.", "Second paragraph."]));
            Assert.That(first.Uri, Is.EqualTo("urn:wenn:article:4242"), "stable across feed instances, unlike the entry id");
            Assert.That(first.ProviderId, Is.EqualTo("4242"));
            Assert.That(first.Agency, Is.EqualTo("WENN"));
            Assert.That(first.Byline, Is.Null, "the feed's desk is not the entry's author");
            Assert.That(first.FirstCreated, Is.EqualTo(new DateTimeOffset(2026, 1, 30, 0, 33, 6, TimeSpan.Zero)));
            Assert.That(first.VersionCreated, Is.EqualTo(new DateTimeOffset(2026, 1, 30, 2, 40, 56, TimeSpan.Zero)));
            Assert.That(first.Language, Is.EqualTo("en-GB"));
            Assert.That(stories[1].Headline, Is.EqualTo("Second story"));
            Assert.That(stories[1].Byline, Is.EqualTo("Jo Writer"));
            Assert.That(stories[1].Uri, Is.EqualTo("urn:feed:newsfeedarticle:7:9001:2"));
            Assert.That(stories[1].Body.Select(b => b.Text), Is.EqualTo((string[])["Markup paragraph."]));
        });
    }

    [Test]
    public void Extract_AtomEntryWithFigures_ImageFigureIsAPictureAndAQuoteFigureStaysText()
    {
        const string content = "<figure><img src=\"https://img.example.com/flood.jpg\"><figcaption>Residents wade through a flooded street. REUTERS/John Doe</figcaption></figure>"
            + "<p>RIVERSIDE, March 2 (Reuters) - Floods forced thousands of people from their homes on Monday, officials said.</p>"
            + "<figure><blockquote>We have never seen the river this high.</blockquote><figcaption>A farmer</figcaption></figure>";
        string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x:1</id><title>Floods</title>"
            + $"<content type=\"html\"><![CDATA[{content}]]></content></entry></feed>";

        ExtractedArticle story = WireDocuments.Extract(_atom, WireDocuments.FromText(xml)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Pictures, Is.EqualTo(new[] { new RawPicture("Residents wade through a flooded street. REUTERS/John Doe", null, "https://img.example.com/flood.jpg", InBody: true) }));
            Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])[
                "RIVERSIDE, March 2 (Reuters) - Floods forced thousands of people from their homes on Monday, officials said.",
                "We have never seen the river this high.",
                "A farmer",
            ]));
        });
    }

    [Test]
    public void Extract_AtomFeedWithSummariesOnly_IsRejected()
    {
        string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x:1</id><title>T</title><summary>Only a teaser.</summary></entry></feed>";

        var ex = Assert.Throws<DocumentRejectedException>(() => WireDocuments.Extract(_atom, WireDocuments.FromText(xml)));

        Assert.That(ex!.Message, Does.Contain("no content"));
    }

    [TestCase("<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [TestCase("<?xml version=\"1.0\"?>\n<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", true)]
    [TestCase("<feed xmlns=\"http://example.com/not-atom\">", false)]
    [TestCase("<rss version=\"2.0\">", false)]
    public void CanExtract_AtomRoot_OnlyInTheAtomNamespace(string head, bool expected)
    {
        Assert.That(_atom.CanExtract(Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
    }

    [TestCase("<RBNews xmlns=\"\">", true)]
    [TestCase("<XMLNewsQueuedResponse xmlns=\"http://tempuri.org/\">", true)]
    [TestCase("<NewsML>", false)]
    public void CanExtract_RitzauRoots(string head, bool expected)
    {
        Assert.That(_ritzau.CanExtract(Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
    }
}
