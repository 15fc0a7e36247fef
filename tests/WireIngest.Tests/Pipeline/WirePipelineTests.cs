using System.Text.Json.Nodes;
using WireIngest.Core.Extraction;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;
using WireIngest.Tests.Messages;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Pipeline;

/// <summary>Wire items end to end (extract, normalise, write): what the provider declared reaches the message.</summary>
[TestFixture]
public sealed class WirePipelineTests
{
    private const string Guid = "tag:reuters.com,2026:newsml_SAMPLEKILL";

    private readonly ArticlePipeline _pipeline = new(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());

    [TestCase("stat:canceled", PubStatuses.Canceled)]
    [TestCase("stat:withheld", PubStatuses.Withheld)]
    public void Process_G2ItemWithEmptyBody_MessageCarriesStatusWithoutBodies(string qcode, string expected)
    {
        JsonObject message = Single(G2Item(qcode, "<headline>STORY WITHDRAWN</headline>", string.Empty));

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["pubStatus"], Is.EqualTo(expected));
            Assert.That((string?)message["uri"], Is.EqualTo(Guid));
            Assert.That(message.ContainsKey("bodies"), Is.False);
        });
    }

    [Test]
    public void Process_G2ItemWhoseBodyIsOnlyTheByline_MessageKeepsHeadlineBylineAndProvidersParagraph()
    {
        JsonObject message = Single(G2Item("stat:usable", "<headline>Soccer-Benitez pleads for support</headline><by>By Toby Davis</by>", "<p>By Toby Davis</p>"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["headlines"]![0]!["value"], Is.EqualTo("Soccer-Benitez pleads for support"));
            Assert.That((string?)message["by"], Is.EqualTo("Toby Davis"));
            Assert.That((string?)message["bodies"]![0]!["value"], Is.EqualTo("By Toby Davis"));
        });
    }

    [Test]
    public void Process_G2ItemWithTaggedHeadline_MainIsAsSentAndUntaggedFollows()
    {
        JsonObject message = Single(G2Item("stat:usable", "<headline>UPDATE 1-Statue of Liberty to reopen</headline>", "<p>NEW YORK, Jan 21 (Reuters) - The statue will reopen.</p>"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["headlines"]![0]!["role"], Is.EqualTo("main"));
            Assert.That((string?)message["headlines"]![0]!["value"], Is.EqualTo("UPDATE 1-Statue of Liberty to reopen"));
            Assert.That((string?)message["headlines"]![1]!["role"], Is.EqualTo("untagged"));
            Assert.That((string?)message["headlines"]![1]!["value"], Is.EqualTo("Statue of Liberty to reopen"));
            Assert.That(message["wire"]!["headlineTags"]!.AsArray().Select(t => (string?)t), Is.EqualTo(new[] { "UPDATE 1" }));
        });
    }

    [Test]
    public void Process_G2RightsInfo_HolderIsTheDeclaredHolderAndNoticeIsCopied()
    {
        const string Notice = "Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten";
        JsonObject message = Single(G2Item(
            "stat:usable",
            "<headline>Migranten aufgegriffen</headline>",
            "<p>Athen (dpa) - Mehr als 200 Migranten sind aufgegriffen worden.</p>",
            $"<rightsInfo><copyrightHolder literal=\"Deutsche Presse-Agentur GmbH\"/><copyrightNotice>{Notice}</copyrightNotice></rightsInfo>"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)message["copyrightHolder"], Is.EqualTo("Deutsche Presse-Agentur GmbH"));
            Assert.That((string?)message["copyrightNotice"], Is.EqualTo(Notice));
            Assert.That((int?)MessageJson.Wire(message)["copyright"]!["year"], Is.EqualTo(2019));
        });
    }

    private JsonObject Single(string xml)
    {
        DocumentResult result = _pipeline.Process(Samples.FromText(xml, "inline.xml"));
        Assert.That(result.Articles, Has.Count.EqualTo(1));
        return MessageJson.Parse(new NinjsMessageWriter().ToJson(result.Articles[0]));
    }

    private static string G2Item(string pubStatus, string contentMeta, string body, string rightsInfo = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{Guid}" version="2" standard="NewsML-G2" standardversion="2.12">
          {rightsInfo}
          <itemMeta><itemClass qcode="icls:text"/><provider literal="reuters.com"/><versionCreated>2026-02-12T10:00:00Z</versionCreated><pubStatus qcode="{pubStatus}"/></itemMeta>
          <contentMeta>{contentMeta}</contentMeta>
          <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML></contentSet>
        </newsItem>
        """;
}
