using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class JsonWireExtractorTests
{
    [Test]
    public void ApMediaApi_PictureItem_PictureWithCreditlineAndPhotographer()
    {
        ExtractedArticle story = WireDocuments.Extract(new ApMediaApiExtractor(), WireDocuments.Sample("ap-media-api-picture.json")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("Lake Rescue"));
            Assert.That(story.Uri, Is.EqualTo("https://api.ap.org/media/v/content/0000sample0000"), "the query is a session token");
            Assert.That(story.ProviderId, Is.EqualTo("0000sample0000"));
            Assert.That(story.ProviderVersion, Is.EqualTo("2"));
            Assert.That(story.CopyrightLines, Is.EqualTo((string[])["Copyright 2026 The Associated Press. All rights reserved."]));
            Assert.That(story.Pictures.Single().Credit, Is.EqualTo("ASSOCIATED PRESS"));
            Assert.That(story.Pictures.Single().Photographer, Is.EqualTo("Sam Rivera"));
            Assert.That(story.Pictures.Single().Href, Is.EqualTo("https://example.com/pictures/lake-rescue.jpg"));
        });
    }

    [Test]
    public void ApMediaApi_FeedOfTextItems_StoryPerItemWithBylinesAndLocated()
    {
        string json = """
            {"api_version":"2.1","data":{"items":[
              {"item":{"type":"text","headline":"First","bylines":[{"by":"By ANN LEE","title":"Associated Press"}],"located":"BOSTON","description_summary":"Summary one.","pubstatus":"usable"}},
              {"item":{"type":"text","headline":"Second","description_summary":"Summary two.","pubstatus":"canceled"}}]}}
            """;

        IReadOnlyList<ExtractedArticle> stories = WireDocuments.Extract(new ApMediaApiExtractor(), WireDocuments.FromText(json));

        Assert.That(stories.Select(s => s.Headline), Is.EqualTo((string[])["First", "Second"]));
        Assert.That(stories[0].Byline, Is.EqualTo("By ANN LEE"));
        Assert.That(stories[0].Dateline, Is.EqualTo("BOSTON"));
        Assert.That(stories[1].PubStatus, Is.EqualTo(PubStatuses.Canceled));
    }

    [Test]
    public void ApMediaApi_TextItemWithoutInlineText_RejectedNamingTheRendition()
    {
        string json = """{"api_version":"2.1","data":{"item":{"type":"text","headline":"H","renditions":{"nitf":{"href":"https://example.com/x.xml"}}}}}""";

        var ex = Assert.Throws<DocumentRejectedException>(() => new ApMediaApiExtractor().Extract(WireDocuments.FromText(json)));

        Assert.That(ex!.Message, Does.Contain("rendition"));
    }

    [Test]
    public void Ninjs3_Sample_HeadlinesBodiesAndPictureAssociation()
    {
        ExtractedArticle story = WireDocuments.Extract(new NinjsExtractor(), WireDocuments.Sample("ninjs-3-library.json")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Headline, Is.EqualTo("Library extends opening hours during exam season"));
            Assert.That(story.Byline, Is.EqualTo("By Priya Natarajan"));
            Assert.That(story.Uri, Is.EqualTo("urn:example:story:2026-0212-001"));
            Assert.That(story.CopyrightHolder, Is.EqualTo("Example News Agency"));
            Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["LEEDS (ENA) - The fictional city library will stay open until midnight for the next six weeks, the council said.", "Extra staff will be paid from the events budget."]));
            Assert.That(story.Pictures.Single(), Is.EqualTo(new RawPicture("Students in the reading room of the city library.", "Example News Agency/Ola Berg", "https://example.com/pictures/library.jpg")));
        });
    }

    [Test]
    public void Ninjs_BodyHtmlShowsItsAssociatedPictureAndAnother_DeclaredPictureFirstAndNotRepeated()
    {
        string json = """
            {"uri":"urn:x:7","type":"text","headline":"Dogs",
             "body_html":"<p>First paragraph of the story.</p><figure><img src=\"https://example.com/p.jpg\"><figcaption>Shown again</figcaption></figure><figure><img src=\"https://example.com/q.jpg\"><figcaption>Only in the body</figcaption></figure><p>Second paragraph.</p>",
             "associations":{"featuremedia":{"type":"picture","descriptions":[{"role":"caption","value":"Declared caption"},{"role":"creditline","value":"ANTHONY WALLACE/AFP"}],"renditions":{"original":{"href":"https://example.com/p.jpg"}}}}}
            """;

        ExtractedArticle story = WireDocuments.Extract(new NinjsExtractor(), WireDocuments.FromText(json)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(story.Pictures.Select(p => (p.Caption, p.Href)), Is.EqualTo(new[] { ("Declared caption", "https://example.com/p.jpg"), ("Only in the body", "https://example.com/q.jpg") }));
            Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["First paragraph of the story.", "Second paragraph."]));
        });
    }

    [Test]
    public void Ninjs1_LowerCaseFieldsAndPlainBody_Read()
    {
        string json = """{"guid":"urn:x:1","type":"text","headline":"Old style","byline":"Peter and Jane","body_text":"First para.\n\nSecond para.","pubstatus":"withheld","embargoed":"2026-05-01T00:00:00+0000"}""";

        ExtractedArticle story = WireDocuments.Extract(new NinjsExtractor(), WireDocuments.FromText(json)).Single();

        Assert.That(story.Headline, Is.EqualTo("Old style"));
        Assert.That(story.Byline, Is.EqualTo("Peter and Jane"));
        Assert.That(story.Body.Select(b => b.Text), Is.EqualTo((string[])["First para.", "Second para."]));
        Assert.That(story.PubStatus, Is.EqualTo(PubStatuses.Withheld));
        Assert.That(story.EmbargoedUntil, Is.EqualTo(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [TestCase("<div>")]
    [TestCase("<b>")]
    public void Ninjs_BodyHtmlNestedThousandsDeep_RejectedBeforeParsing(string tag)
    {
        string json = $$"""{"headline":"H","body_html":"{{string.Concat(Enumerable.Repeat(tag, 20_000))}}text"}""";

        var ex = Assert.Throws<DocumentRejectedException>(() => new NinjsExtractor().Extract(WireDocuments.FromText(json)));

        Assert.That(ex!.Message, Does.Contain("nested too deeply"));
    }

    [Test]
    public void Ninjs_BodyHtmlWithManyUnclosedParagraphs_Read()
    {
        string json = $$"""{"headline":"H","body_html":"{{string.Concat(Enumerable.Repeat("<p>para", 2_000))}}"}""";

        ExtractedArticle story = WireDocuments.Extract(new NinjsExtractor(), WireDocuments.FromText(json)).Single();

        Assert.That(story.Body, Has.Count.EqualTo(2_000));
    }

    [Test]
    public void CanExtract_ApResponse_NotTakenForNinjs()
    {
        byte[] ap = WireDocuments.SampleBytes("ap-media-api-picture.json");

        Assert.That(new NinjsExtractor().CanExtract(ap), Is.False);
        Assert.That(new ApMediaApiExtractor().CanExtract(WireDocuments.SampleBytes("ninjs-3-library.json")), Is.False);
    }
}
