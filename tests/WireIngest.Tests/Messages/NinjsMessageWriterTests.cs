using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Messages;

[TestFixture]
public partial class NinjsMessageWriterTests
{
    private static readonly string[] AllowedHtmlElements = ["P", "H2", "UL", "OL", "LI", "BLOCKQUOTE"];

    [Test]
    public void Write_SeedArticle_MapsTheExpectedValues()
    {
        var message = MessageJson.Write(SeedArticle.Create());
        var wire = MessageJson.Wire(message);
        var picture = message["associations"]![0]!;
        var image = wire["images"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["uri"], Does.Match("^urn:wireingest:[0-9a-f]{32}$"));
            Assert.That((string?)message["type"], Is.EqualTo("text"));
            Assert.That((string?)message["version"], Is.EqualTo("1"));
            Assert.That((string?)message["pubStatus"], Is.EqualTo("usable"));
            Assert.That((string?)message["language"], Is.EqualTo("en"));
            Assert.That((string?)message["headlines"]![0]!["role"], Is.EqualTo("main"));
            Assert.That((string?)message["headlines"]![0]!["value"], Is.EqualTo("Ukraine asks NATO for membership invite next week, letter shows"));
            Assert.That((string?)message["by"], Is.EqualTo("John Irish and Tom Balmforth"));
            Assert.That(message.ContainsKey("located"), Is.False);
            Assert.That((string?)message["copyrightHolder"], Is.EqualTo("Thomson Reuters"));
            Assert.That((string?)message["copyrightNotice"], Is.EqualTo("© Thomson Reuters 2024."));

            Assert.That((string?)picture["name"], Is.EqualTo("picture-1"));
            Assert.That((string?)picture["uri"], Is.EqualTo(SeedArticle.Uri + "/picture/1"));
            Assert.That((string?)picture["type"], Is.EqualTo("picture"));
            Assert.That((string?)picture["by"], Is.EqualTo("Alina Smutko"));
            Assert.That((string?)picture["copyrightHolder"], Is.EqualTo("Reuters"));
            Assert.That(Descriptions(picture), Is.EqualTo(new[] { ("caption", SeedArticle.Caption), ("creditline", "REUTERS/Alina Smutko/File Photo") }));

            Assert.That((string?)wire["agency"], Is.EqualTo("Reuters"));
            Assert.That((string?)wire["source"]!["syndicator"], Is.EqualTo("Japan Today"));
            Assert.That((string?)wire["source"]!["format"], Is.EqualTo("text"));
            Assert.That(Joined(wire["byline"]!["authors"]), Is.EqualTo("John Irish|Tom Balmforth"));
            Assert.That(wire["dateline"], Is.Null);
            Assert.That((string?)image["caption"], Is.EqualTo(SeedArticle.Caption));
            Assert.That((string?)image["credit"]!["raw"], Is.EqualTo("REUTERS/Alina Smutko/File Photo"));
            Assert.That((string?)image["credit"]!["agency"], Is.EqualTo("Reuters"));
            Assert.That((string?)image["credit"]!["photographer"], Is.EqualTo("Alina Smutko"));
            Assert.That((bool?)image["credit"]!["filePhoto"], Is.True);
            Assert.That((int?)wire["copyright"]!["year"], Is.EqualTo(2024));
            Assert.That((string?)wire["publisherCopyright"]!["raw"], Is.EqualTo("©2024 GPlusMedia Inc."));
            Assert.That((string?)wire["publisherCopyright"]!["holder"], Is.EqualTo("GPlusMedia Inc."));
            Assert.That((int?)wire["publisherCopyright"]!["year"], Is.EqualTo(2024));
            Assert.That((int?)wire["commentCount"], Is.EqualTo(10));
        });
    }

    [Test]
    public void Write_BylineNamingOnlyAnOrganisation_AuthorsHoldTheOrganisation()
    {
        Article article = SeedArticle.Create() with { Byline = new Byline("By Associated Press", null, [], "AP") { Organisations = ["Associated Press"] } };

        var wire = MessageJson.Wire(MessageJson.Write(article));

        Assert.That(Joined(wire["byline"]!["authors"]), Is.EqualTo("Associated Press"));
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_WireAppearsOnlyAtTopLevel(Article article)
    {
        var message = MessageJson.Write(article);

        Assert.Multiple(() =>
        {
            Assert.That(message["wire"], Is.InstanceOf<JsonObject>());
            Assert.That(CountProperties(MessageJson.WithoutWire(message), "wire"), Is.Zero);
        });
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_NinjsPartHasNoNulls(Article article)
    {
        var ninjs = MessageJson.WithoutWire(MessageJson.Write(article));

        Assert.That(CountNulls(ninjs), Is.Zero, ninjs.ToJsonString());
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_WireHasEveryPropertyTheSchemaRequires(Article article)
    {
        var wire = MessageJson.Wire(MessageJson.Write(article));
        var schema = JsonNode.Parse(File.ReadAllText(MessageSchemas.ExtensionPath))!;
        var required = Strings(schema["$defs"]!["wireType"]!["required"]);

        Assert.That(wire.Select(property => property.Key), Is.EquivalentTo(required));
    }

    [Test]
    public void Write_MinimalArticle_WritesUnknownWireValuesAsNull()
    {
        var wire = MessageJson.Wire(MessageJson.Write(SampleArticles.Minimal()));
        string[] nullable = ["agency", "byline", "dateline", "copyright", "publisherCopyright", "commentCount", "embargoedUntil"];
        string[] nullableSource = ["url", "syndicator", "providerId", "providerVersion"];

        Assert.Multiple(() =>
        {
            foreach (string name in nullable)
            {
                Assert.That(wire.ContainsKey(name) && wire[name] is null, Is.True, name);
            }

            var source = wire["source"]!.AsObject();
            foreach (string name in nullableSource)
            {
                Assert.That(source.ContainsKey(name) && source[name] is null, Is.True, "source." + name);
            }

            Assert.That(wire["images"]!.AsArray(), Is.Empty);
            Assert.That(wire["headlineTags"]!.AsArray(), Is.Empty);
            Assert.That(wire["credits"]!.AsArray(), Is.Empty);
        });
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_HtmlBodyHasOnlyGeneratedMarkup(Article article)
    {
        var message = MessageJson.Write(article);
        if (!message.ContainsKey("bodies"))
        {
            Assert.That(article.Body.All(block => string.IsNullOrWhiteSpace(block.Text)), Is.True, "bodies is omitted only without text");
            return;
        }

        string html = MessageJson.HtmlBody(message);
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<style").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<iframe").IgnoreCase);
            Assert.That(TagWithEventHandler().IsMatch(html), Is.False, "on*= attribute");
            Assert.That(TagWithJavaScriptUrl().IsMatch(html), Is.False, "javascript: in a tag");
            Assert.That(body.QuerySelectorAll("*").Select(element => element.TagName).Distinct(), Is.SubsetOf(AllowedHtmlElements));
            Assert.That(body.QuerySelectorAll("*").Sum(element => element.Attributes.Length), Is.Zero);
            Assert.That(body.TextContent, Is.EqualTo(string.Concat(article.Body.Where(HasText).Select(block => block.Text))));
        });
    }

    [Test]
    public void Write_TextWithMarkup_KeepsTheMarkupAsEncodedText()
    {
        string html = MessageJson.HtmlBody(MessageJson.Write(SampleArticles.Hostile()));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
            Assert.That(html, Does.Contain("<h2>&lt;img src=x onerror=alert(1)&gt;</h2>"));
            Assert.That(html, Does.Contain("<li>&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;</li>"));
        });
    }

    [TestCase("a < b & c > d", "<p>a &lt; b &amp; c &gt; d</p>")]
    [TestCase("He said \"no\" and 'yes'", "<p>He said &quot;no&quot; and &#39;yes&#39;</p>")]
    [TestCase("Ukraine’s plan", "<p>Ukraine’s plan</p>")]
    [TestCase("&amp; stays text", "<p>&amp;amp; stays text</p>")]
    [TestCase("<", "<p>&lt;</p>")]
    public void Write_ParagraphText_IsHtmlEncoded(string text, string expectedHtml)
    {
        var article = WithBody(BodyBlock.Paragraph(text));

        Assert.That(MessageJson.HtmlBody(MessageJson.Write(article)), Is.EqualTo(expectedHtml));
    }

    [Test]
    public void Write_StructuredBody_GroupsConsecutiveListItemsIntoOneList()
    {
        string html = MessageJson.HtmlBody(MessageJson.Write(SampleArticles.WithStructuredBody()));

        Assert.That(html, Is.EqualTo(
            "<p>Leaders meet next week.</p><h2>Who attends</h2>" +
            "<ul><li>32 member states</li><li>Ukraine as a guest</li></ul>" +
            "<ol><li>Opening session</li><li>Closing statement</li></ol>" +
            "<blockquote>We stand together.</blockquote>" +
            "<ul><li>A last item</li></ul>"));
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_PlainBodyIsBlocksSeparatedByOneBlankLine(Article article)
    {
        var message = MessageJson.Write(article);
        var texts = article.Body.Where(HasText).Select(block => block.Text).ToArray();
        if (texts.Length == 0)
        {
            Assert.That(message.ContainsKey("bodies"), Is.False);
            return;
        }

        string plain = MessageJson.PlainBody(message);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Split("\n\n"), Is.EqualTo(texts));
            Assert.That(plain, Does.Not.Contain("\n\n\n"));
            Assert.That(message["bodies"]!.AsArray().Select(body => (string?)body!["role"]), Is.All.EqualTo("main"));
        });
    }

    [TestCase(new[] { "Brussels", "Kyiv" }, "Brussels/Kyiv")]
    [TestCase(new[] { "Donetsk, Ukraine", "Moscow" }, "Donetsk, Ukraine/Moscow")]
    [TestCase(new[] { "Geneva" }, "Geneva")]
    [TestCase(new string[0], null)]
    public void Write_Dateline_LocatedJoinsPlacesWithSlash(string[] places, string? expectedLocated)
    {
        var article = WithDateline(new Dateline("X (Reuters)", places, null, "Reuters"));

        var message = MessageJson.Write(article);

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["located"], Is.EqualTo(expectedLocated));
            Assert.That(message.ContainsKey("located"), Is.EqualTo(expectedLocated is not null));
            Assert.That(Strings(MessageJson.Wire(message)["dateline"]!["places"]), Is.EqualTo(places));
        });
    }

    [Test]
    public void Write_WithoutDateline_OmitsLocatedAndWritesNullDateline()
    {
        var message = MessageJson.Write(SampleArticles.Minimal());

        Assert.Multiple(() =>
        {
            Assert.That(message.ContainsKey("located"), Is.False);
            Assert.That(MessageJson.Wire(message)["dateline"], Is.Null);
        });
    }

    [Test]
    public void Write_DatedArticle_WritesDatesIdsAndDateline()
    {
        var message = MessageJson.Write(SampleArticles.WithDateline());
        var wire = MessageJson.Wire(message);

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["firstCreated"], Is.EqualTo("2024-11-29T09:15:00+00:00"));
            Assert.That((string?)message["versionCreated"], Is.EqualTo("2024-11-29T11:02:30+01:00"));
            Assert.That((string?)message["slugline"], Is.EqualTo("UKRAINE-CRISIS/NATO"));
            Assert.That((string?)message["altIds"]![0]!["role"], Is.EqualTo("providerId"));
            Assert.That((string?)message["altIds"]![0]!["value"], Is.EqualTo("tag:reuters.com,2024:newsml_L1N3MZ0AB"));
            Assert.That((string?)wire["source"]!["providerVersion"], Is.EqualTo("1132689232"));
            Assert.That((string?)wire["dateline"]!["raw"], Is.EqualTo("BRUSSELS/KYIV, Nov 29 (Reuters)"));
            Assert.That((string?)wire["dateline"]!["date"], Is.EqualTo("2024-11-29"));
            Assert.That((string?)wire["dateline"]!["agency"], Is.EqualTo("Reuters"));
            Assert.That(Joined(wire["headlineTags"]), Is.EqualTo("UPDATE 2"));
            Assert.That((string?)wire["credits"]![0]!["role"], Is.EqualTo("reporting"));
            Assert.That(Joined(wire["credits"]![0]!["names"]), Is.EqualTo("Tom Balmforth"));
            Assert.That(Joined(wire["credits"]![0]!["places"]), Is.EqualTo("Kyiv"));
        });
    }

    [Test]
    public void Write_PublisherCopyrightOnly_StaysOutOfNinjsCopyright()
    {
        var message = MessageJson.Write(SampleArticles.WithoutByline());

        Assert.Multiple(() =>
        {
            Assert.That(message.ContainsKey("copyrightHolder"), Is.False);
            Assert.That(message.ContainsKey("copyrightNotice"), Is.False);
            Assert.That(MessageJson.Wire(message)["copyright"], Is.Null);
            Assert.That((string?)MessageJson.Wire(message)["publisherCopyright"]!["holder"], Is.EqualTo("Example News"));
        });
    }

    [Test]
    public void Write_Pictures_NumbersAssociationsAndKeepsOnlyWebRenditions()
    {
        var message = MessageJson.Write(SampleArticles.WithoutByline());
        var associations = message["associations"]!.AsArray();
        var images = MessageJson.Wire(message)["images"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(string.Join("|", associations.Select(a => (string?)a!["name"])), Is.EqualTo("picture-1|picture-2|picture-3"));
            Assert.That((string?)associations[2]!["uri"], Is.EqualTo("urn:wireingest:00000000000000000000000000000004/picture/3"));
            Assert.That(associations[0]!.AsObject().ContainsKey("renditions"), Is.False, "a relative href is no ninjs rendition");
            Assert.That((string?)associations[1]!["renditions"]![0]!["name"], Is.EqualTo("original"));
            Assert.That((string?)associations[1]!["renditions"]![0]!["href"], Is.EqualTo("https://img.example.org/flood-2.jpg"));
            Assert.That(Descriptions(associations[0]!), Is.EqualTo(new[] { ("caption", "Flooded street.") }));
            Assert.That(associations[2]!.AsObject().ContainsKey("descriptions"), Is.False);
            Assert.That((string?)images[0]!["href"], Is.EqualTo("/images/flood.jpg"));
            Assert.That((bool?)images[1]!["credit"]!["pool"], Is.True);
            Assert.That(images[2]!["credit"], Is.Null);
        });
    }

    [Test]
    public void Write_PictureWithScriptHref_WritesNoRendition()
    {
        var message = MessageJson.Write(SampleArticles.Hostile());

        Assert.That(message["associations"]![0]!.AsObject().ContainsKey("renditions"), Is.False);
    }

    [Test]
    public void Write_Embargoed_WritesEmbargoAtTopLevelAndInWire()
    {
        var message = MessageJson.Write(SampleArticles.Embargoed());

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["embargoedUntil"], Is.EqualTo("2025-03-04T12:00:00+09:00"));
            Assert.That((string?)MessageJson.Wire(message)["embargoedUntil"], Is.EqualTo("2025-03-04T12:00:00+09:00"));
            Assert.That((string?)message["pubStatus"], Is.EqualTo("withheld"));
        });
    }

    [Test]
    public void Write_TaggedWireHeadline_WritesMainAsSentThenUntagged()
    {
        var headlines = MessageJson.Write(SampleArticles.WithDateline())["headlines"]!.AsArray();

        Assert.That(
            headlines.Select(h => $"{(string?)h!["role"]}={(string?)h["value"]}"),
            Is.EqualTo(new[] { "main=UPDATE 2-NATO allies weigh Ukraine invitation", "untagged=NATO allies weigh Ukraine invitation" }));
    }

    [Test]
    public void Write_HeadlineWithoutTags_WritesOnlyMain()
    {
        var headlines = MessageJson.Write(SampleArticles.Minimal())["headlines"]!.AsArray();

        Assert.That(headlines.Select(h => (string?)h!["role"]), Is.EqualTo(new[] { "main" }));
    }

    [Test]
    public void Write_Canceled_WritesStatusWithoutEmptyHeadlineOrBody()
    {
        var message = MessageJson.Write(SampleArticles.Canceled());

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["pubStatus"], Is.EqualTo("canceled"));
            Assert.That(message.ContainsKey("headlines"), Is.False);
            Assert.That(message.ContainsKey("bodies"), Is.False);
        });
    }

    [TestCaseSource(nameof(ReadableTexts))]
    public void ToJson_NonAsciiAndMarkup_AreNotJsonEscaped(Article article, string readable)
    {
        string json = new NinjsMessageWriter().ToJson(article);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain(readable));
            Assert.That(json, Does.Not.Contain("\\u"));
        });
    }

    [Test]
    public void ToJson_ControlCharacterInText_IsEscapedSoTheJsonStaysValid()
    {
        string json = new NinjsMessageWriter().ToJson(WithBody(BodyBlock.Paragraph("bell\u0007 \"quoted\" back\\slash")));

        Assert.That(MessageJson.PlainBody(MessageJson.Parse(json)), Is.EqualTo("bell\u0007 \"quoted\" back\\slash"));
    }

    [Test]
    public void ToJson_TextOutsideBasicPlane_RoundTrips()
    {
        string text = "Emoji 😀 and line separator \u2028 survive";

        string json = new NinjsMessageWriter().ToJson(WithBody(BodyBlock.Paragraph(text)));

        Assert.That(MessageJson.PlainBody(MessageJson.Parse(json)), Is.EqualTo(text));
    }

    [Test]
    public void Write_WarmWriter_AllocatesFarLessThanTheMessage()
    {
        // The hot path writes bodies in segments: building them as strings would allocate several times the message size.
        var messageWriter = new NinjsMessageWriter();
        var article = SeedArticle.Create();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer, NinjsMessageWriter.GetWriterOptions());
        long WriteOnce()
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            long before = GC.GetAllocatedBytesForCurrentThread();
            messageWriter.Write(writer, article);
            writer.Flush();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        for (int i = 0; i < 50; i++)
        {
            WriteOnce();
        }

        long allocated = WriteOnce();

        Assert.That(allocated, Is.LessThan(1024), $"message of {buffer.WrittenCount} bytes");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ToUtf8Bytes_Article_IsTheUtf8OfToJson(bool indented)
    {
        var writer = new NinjsMessageWriter();
        var article = SampleArticles.Japanese();

        Assert.That(writer.ToUtf8Bytes(article, indented), Is.EqualTo(Encoding.UTF8.GetBytes(writer.ToJson(article, indented))));
    }

    [Test]
    public void ToJson_Indented_WritesTheSameMessage()
    {
        var writer = new NinjsMessageWriter();
        var article = SampleArticles.WithDateline();

        string indented = writer.ToJson(article, indented: true);

        Assert.Multiple(() =>
        {
            Assert.That(indented, Does.Contain("\n  \"uri\""));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(writer.ToJson(article))), Is.True);
        });
    }

    [TestCase("1")]
    [TestCase("12")]
    public void ToJson_Version_IsWrittenAsString(string version)
    {
        var message = MessageJson.Parse(new NinjsMessageWriter().ToJson(SampleArticles.Minimal(), version: version));

        Assert.That(message["version"]!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
        Assert.That((string?)message["version"], Is.EqualTo(version));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void ToJson_BlankVersion_Throws(string version)
    {
        Assert.That(() => new NinjsMessageWriter().ToJson(SampleArticles.Minimal(), version: version), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void ToJson_UnknownPubStatus_Throws()
    {
        var article = new Article
        {
            Uri = "urn:wireingest:0000000000000000000000000000000a",
            Format = "text",
            Source = DocumentOrigin.FromFile("x.txt"),
            Headline = "x",
            Body = [],
            PubStatus = "deleted",
        };

        Assert.That(() => new NinjsMessageWriter().ToJson(article), Throws.ArgumentException.With.Message.Contains("deleted"));
    }

    [Test]
    public void Write_TwoArticlesIntoOneArray_WritesTwoMessagesAtTheWritersPosition()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var messageWriter = new NinjsMessageWriter();
        using (var writer = new Utf8JsonWriter(buffer, NinjsMessageWriter.GetWriterOptions()))
        {
            writer.WriteStartArray();
            messageWriter.Write(writer, SampleArticles.Minimal());
            messageWriter.Write(writer, SeedArticle.Create(), version: "2");
            writer.WriteEndArray();
        }

        var messages = JsonNode.Parse(buffer.WrittenSpan)!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That((string?)messages[1]!["uri"], Is.EqualTo(SeedArticle.Uri));
            Assert.That((string?)messages[1]!["version"], Is.EqualTo("2"));
        });
    }

    private static IEnumerable<TestCaseData> ReadableTexts()
    {
        yield return new TestCaseData(SampleArticles.Japanese(), "東京で大雪、交通に乱れ").SetArgDisplayNames("Japanese headline");
        yield return new TestCaseData(SampleArticles.Japanese(), "\"located\":\"東京\"").SetArgDisplayNames("Japanese place");
        yield return new TestCaseData(SeedArticle.Create(), "Ukraine’s Foreign Minister").SetArgDisplayNames("typographic apostrophe");
        yield return new TestCaseData(SeedArticle.Create(), "<p>Ukrainian Foreign Minister").SetArgDisplayNames("HTML markup");
    }

    [GeneratedRegex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex TagWithEventHandler();

    [GeneratedRegex(@"<[^>]*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex TagWithJavaScriptUrl();

    private static Article WithBody(params BodyBlock[] blocks) => Story(blocks, dateline: null);

    private static Article WithDateline(Dateline dateline) => Story([BodyBlock.Paragraph("Text.")], dateline);

    private static Article Story(IReadOnlyList<BodyBlock> body, Dateline? dateline) => new()
    {
        Uri = "urn:wireingest:0000000000000000000000000000000b",
        Format = "text",
        Source = DocumentOrigin.FromFile("story.txt"),
        Headline = "Test story",
        Body = body,
        Dateline = dateline,
    };

    private static bool HasText(BodyBlock block) => !string.IsNullOrWhiteSpace(block.Text);

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(item => item!.GetValue<string>())];

    private static string Joined(JsonNode? array) => string.Join("|", Strings(array));

    private static (string, string)[] Descriptions(JsonNode association) =>
        [.. association["descriptions"]!.AsArray().Select(d => ((string)d!["role"]!, (string)d["value"]!))];

    private static int CountProperties(JsonNode? node, string name) => node switch
    {
        JsonObject obj => obj.Count(p => p.Key == name) + obj.Sum(p => CountProperties(p.Value, name)),
        JsonArray array => array.Sum(item => CountProperties(item, name)),
        _ => 0,
    };

    private static int CountNulls(JsonNode? node) => node switch
    {
        null => 1,
        JsonObject obj => obj.Sum(p => CountNulls(p.Value)),
        JsonArray array => array.Sum(CountNulls),
        _ => 0,
    };
}
