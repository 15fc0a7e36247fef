using System.Text.Json;
using WireIngest.Core.Extraction;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Pipeline;

/// <summary>The seed page, end to end: file in, the message the contract promises out.</summary>
[TestFixture]
public sealed class SeedAcceptanceTests
{
    private JsonDocument _message = null!;

    private JsonElement Root => _message.RootElement;

    private JsonElement Wire => Root.GetProperty("wire");

    [OneTimeSetUp]
    public void IngestSeed()
    {
        var pipeline = new ArticlePipeline(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());
        DocumentResult result = pipeline.Process(Samples.Read(Samples.SeedFileName));
        Assert.That(result.Articles, Has.Count.EqualTo(1));
        _message = JsonDocument.Parse(new NinjsMessageWriter().ToJson(result.Articles[0]));
    }

    [OneTimeTearDown]
    public void Dispose() => _message.Dispose();

    [Test]
    public void Seed_Headline_IsTheStoryHeadline() =>
        Assert.That(Root.GetProperty("headlines")[0].GetProperty("value").GetString(), Is.EqualTo("Ukraine asks NATO for membership invite next week, letter shows"));

    [Test]
    public void Seed_Byline_HasTwoAuthors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Root.GetProperty("by").GetString(), Is.EqualTo("John Irish and Tom Balmforth"));
            Assert.That(Wire.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "John Irish", "Tom Balmforth" }));
        });
    }

    [Test]
    public void Seed_AgencyAndSyndicator_AreReutersAndJapanToday()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wire.GetProperty("agency").GetString(), Is.EqualTo("Reuters"));
            Assert.That(Wire.GetProperty("source").GetProperty("syndicator").GetString(), Is.EqualTo("Japan Today"));
            Assert.That(Wire.GetProperty("source").GetProperty("format").GetString(), Is.EqualTo("text"));
        });
    }

    [Test]
    public void Seed_Dateline_IsNullAndNothingIsLocated()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wire.GetProperty("dateline").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Root.TryGetProperty("located", out _), Is.False);
        });
    }

    [Test]
    public void Seed_Picture_CaptionIsCleanAndCreditParsed()
    {
        JsonElement images = Wire.GetProperty("images");
        JsonElement credit = images[0].GetProperty("credit");
        string caption = images[0].GetProperty("caption").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(images.GetArrayLength(), Is.EqualTo(1));
            Assert.That(caption, Does.StartWith("Ukraine’s Foreign Minister"));
            Assert.That(caption, Does.Not.Contain("FILE PHOTO").And.Not.Contain("REUTERS").And.Not.Contain("Image:"));
            Assert.That(credit.GetProperty("agency").GetString(), Is.EqualTo("Reuters"));
            Assert.That(credit.GetProperty("photographer").GetString(), Is.EqualTo("Alina Smutko"));
            Assert.That(credit.GetProperty("filePhoto").GetBoolean(), Is.True);
            Assert.That(Root.GetProperty("associations").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Seed_Copyright_AgencyAndPublisherKeptApart()
    {
        JsonElement publisher = Wire.GetProperty("publisherCopyright");
        Assert.Multiple(() =>
        {
            Assert.That(Root.GetProperty("copyrightHolder").GetString(), Is.EqualTo("Thomson Reuters"));
            Assert.That(Root.GetProperty("copyrightNotice").GetString(), Is.EqualTo("© Thomson Reuters 2024."));
            Assert.That(Wire.GetProperty("copyright").GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(publisher.GetProperty("holder").GetString(), Is.EqualTo("GPlusMedia Inc."));
            Assert.That(publisher.GetProperty("year").GetInt32(), Is.EqualTo(2024));
        });
    }

    [Test]
    public void Seed_Body_RunsFromLeadToLastParagraphWithoutChrome()
    {
        string body = Root.GetProperty("bodies")[0].GetProperty("value").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.StartWith("Ukrainian Foreign Minister Andrii Sybiha has urged"));
            Assert.That(body, Does.EndWith("under the incoming administration of President-elect Donald Trump."));
            foreach (string chrome in new[] { "Comments", "( +", "Login", "Facebook", "GaijinPot", "©", "By John Irish", "Here is the riot act" })
            {
                Assert.That(body, Does.Not.Contain(chrome));
            }
        });
    }

    [Test]
    public void Seed_LanguageAndCounter_AreEnglishAndTen()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Root.GetProperty("language").GetString(), Is.EqualTo("en"));
            Assert.That(Wire.GetProperty("commentCount").GetInt32(), Is.EqualTo(10));
            Assert.That(Root.GetProperty("version").GetString(), Is.EqualTo("1"));
            Assert.That(Root.GetProperty("uri").GetString(), Does.StartWith("urn:wireingest:"));
        });
    }
}
