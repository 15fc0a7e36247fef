using System.Text.Json.Nodes;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Messages;

[TestFixture]
public class NinjsMessageSchemaTests
{
    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_Article_ValidatesAgainstExtensionSchema(Article article)
    {
        var results = MessageSchemas.Evaluate(MessageSchemas.Extension, new NinjsMessageWriter().ToJson(article));

        Assert.That(results.IsValid, Is.True, MessageSchemas.Describe(results));
    }

    [TestCaseSource(typeof(SampleArticles), nameof(SampleArticles.All))]
    public void Write_ArticleWithWireRemoved_ValidatesAgainstOfficialSchema(Article article)
    {
        var ninjs = MessageJson.WithoutWire(MessageJson.Write(article));

        var results = MessageSchemas.Evaluate(MessageSchemas.Official, ninjs.ToJsonString());

        Assert.That(results.IsValid, Is.True, MessageSchemas.Describe(results));
    }

    [Test]
    public void Write_Article_OfficialSchemaRejectsTheWireExtension()
    {
        // Proves the official schema is closed, so the validation above is not vacuous.
        var results = MessageSchemas.Evaluate(MessageSchemas.Official, new NinjsMessageWriter().ToJson(SeedArticle.Create()));

        Assert.That(results.IsValid, Is.False);
    }

    [Test]
    public void Write_Article_StandardNamesTheExtensionSchema()
    {
        var standard = MessageJson.Write(SampleArticles.Minimal())["standard"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)standard["name"], Is.EqualTo("ninjs"));
            Assert.That((string?)standard["version"], Is.EqualTo("3.1"));
            Assert.That((string?)standard["schema"], Is.EqualTo(NinjsMessageWriter.ExtensionSchemaId));
        });
    }

    [Test]
    public void ExtensionSchema_Id_IsTheWritersExtensionSchemaId()
    {
        var schema = JsonNode.Parse(File.ReadAllText(MessageSchemas.ExtensionPath))!;

        Assert.That((string?)schema["$id"], Is.EqualTo(NinjsMessageWriter.ExtensionSchemaId));
    }

    [Test]
    public void ExtensionSchema_EmbeddedInCore_IsTheSchemaFile()
    {
        using var stream = typeof(NinjsMessageWriter).Assembly.GetManifestResourceStream("WireIngest.Schemas.ninjs-3.1-wireingest.json");
        Assert.That(stream, Is.Not.Null);
        using var reader = new StreamReader(stream!);

        Assert.That(reader.ReadToEnd(), Is.EqualTo(File.ReadAllText(MessageSchemas.ExtensionPath)));
    }

    [TestCase("unknown top-level property", "$", "summary", "\"text\"")]
    [TestCase("wrong type in wire", "$.wire", "commentCount", "\"10\"")]
    [TestCase("unknown property in wire", "$.wire", "mood", "\"calm\"")]
    [TestCase("string year in wire copyright", "$.wire.copyright", "year", "\"2024\"")]
    [TestCase("wire inside an association", "$.associations[0]", "wire", "{}")]
    [TestCase("dateline date not a date", "$.wire.dateline", "date", "\"Nov 29\"")]
    [TestCase("embargo not a date-time", "$.wire", "embargoedUntil", "\"tomorrow noon\"")]
    [TestCase("null where ninjs wants a string", "$", "by", "null")]
    public void Evaluate_MessageWithDefect_FailsExtensionSchema(string defect, string objectPath, string property, string valueJson)
    {
        var message = MessageJson.Write(WithDatelineAndPicture());
        Locate(message, objectPath)[property] = JsonNode.Parse(valueJson);

        var results = MessageSchemas.Evaluate(MessageSchemas.Extension, message.ToJsonString());

        Assert.That(results.IsValid, Is.False, defect);
    }

    [TestCase("source")]
    [TestCase("byline")]
    [TestCase("commentCount")]
    [TestCase("embargoedUntil")]
    public void Evaluate_WireWithoutRequiredProperty_FailsExtensionSchema(string property)
    {
        var message = MessageJson.Write(WithDatelineAndPicture());
        MessageJson.Wire(message).Remove(property);

        var results = MessageSchemas.Evaluate(MessageSchemas.Extension, message.ToJsonString());

        Assert.That(results.IsValid, Is.False);
    }

    private static Article WithDatelineAndPicture()
    {
        var seed = SeedArticle.Create();
        var dated = SampleArticles.WithDateline();
        return new Article
        {
            Uri = seed.Uri,
            Format = seed.Format,
            Source = seed.Source,
            Headline = seed.Headline,
            Body = seed.Body,
            Byline = seed.Byline,
            Dateline = dated.Dateline,
            Pictures = seed.Pictures,
            Copyright = seed.Copyright,
        };
    }

    private static JsonObject Locate(JsonObject message, string path) => path switch
    {
        "$" => message,
        "$.wire" => MessageJson.Wire(message),
        "$.wire.copyright" => MessageJson.Wire(message)["copyright"]!.AsObject(),
        "$.wire.dateline" => MessageJson.Wire(message)["dateline"]!.AsObject(),
        "$.associations[0]" => message["associations"]![0]!.AsObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Unknown path in the test table."),
    };
}
