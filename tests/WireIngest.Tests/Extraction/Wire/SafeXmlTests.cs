using System.Net;
using System.Net.Sockets;
using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class SafeXmlTests
{
    private const string NitfBody = "<body><body.head><hedline><hl1>Safe headline</hl1></hedline></body.head><body.content><p>Body text &amp; more.</p></body.content></body>";

    [Test]
    public void Load_BillionLaughs_RejectedWithEntityReason()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++)
        {
            xml.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">");
        }

        xml.Append("]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>");

        var ex = Assert.Throws<DocumentRejectedException>(() => new NitfExtractor().Extract(WireDocuments.FromText(xml.ToString())));

        Assert.That(ex!.Message, Does.Contain("entity"));
    }

    [Test]
    public void Load_ExternalFileEntity_RejectedAndFileNeverRead()
    {
        string xml = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>";

        var ex = Assert.Throws<DocumentRejectedException>(() => new NitfExtractor().Extract(WireDocuments.FromText(xml)));

        Assert.That(ex!.Message, Does.Contain("entity").And.Not.Contain("root:"));
    }

    [Test]
    public void Load_ExternalHttpEntity_RejectedAndNothingConnects()
    {
        using TcpListener listener = StartListener(out int port);
        string xml = $"<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"http://127.0.0.1:{port}/secret\">]>"
            + "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>";

        Assert.Throws<DocumentRejectedException>(() => new NitfExtractor().Extract(WireDocuments.FromText(xml)));

        Assert.That(listener.Pending(), Is.False, "the parser connected to the entity's URL");
    }

    [Test]
    public void Load_ExternalDtdAndParameterEntity_DocumentGoesThroughAndNothingConnects()
    {
        using TcpListener listener = StartListener(out int port);
        string xml = $"<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"http://127.0.0.1:{port}/nitf.dtd\" [<!ENTITY % remote SYSTEM \"http://127.0.0.1:{port}/p.dtd\"> %remote;]>"
            + $"<nitf>{NitfBody}</nitf>";

        ExtractedStories stories = new NitfExtractor().Extract(WireDocuments.FromText(xml));

        Assert.That(stories[0].Headline, Is.EqualTo("Safe headline"));
        Assert.That(listener.Pending(), Is.False, "the parser fetched the external DTD");
    }

    [Test]
    public void Load_ValidNitfWithPublicDoctype_GoesThrough()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.4//EN\" \"http://www.iptc.org/std/NITF/3.4/specification/dtd/nitf-3-4.dtd\">\n"
            + $"<nitf version=\"-//IPTC//DTD NITF 3.4//EN\">{NitfBody}</nitf>";

        ExtractedStories stories = new NitfExtractor().Extract(WireDocuments.FromText(xml));

        Assert.That(stories[0].Body.Select(b => b.Text), Is.EqualTo((string[])["Body text & more."]));
    }

    [Test]
    public void Load_HtmlEntitiesTheSkippedDtdDeclares_ReadAsTheirCharacters()
    {
        string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.4//EN\" \"nitf-3-4.dtd\">\n"
            + "<nitf><body><body.head><hedline><hl1>Caf&eacute; owners protest &mdash; again</hl1></hedline></body.head>"
            + "<body.content><p>PARIS&nbsp;(AFP) &ndash; Owners of the caf&eacute;s said &ldquo;enough&rdquo; on Monday.</p></body.content></body></nitf>";

        ExtractedArticle story = new NitfExtractor().Extract(WireDocuments.FromText(xml)).Single();

        Assert.That(story.Headline, Is.EqualTo("Café owners protest — again"));
        Assert.That(story.Body[0].Text, Is.EqualTo("PARIS (AFP) – Owners of the cafés said “enough” on Monday."));
    }

    [Test]
    public void Load_DocumentsOwnEntityWithAnHtmlNeighbour_StillRejected()
    {
        // Only HTML's fixed names are known: an entity the document declares for itself is never expanded.
        string xml = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY agency \"Agence France-Presse\">]>"
            + "<nitf><body><body.content><p>&eacute; &agency;</p></body.content></body></nitf>";

        var ex = Assert.Throws<DocumentRejectedException>(() => new NitfExtractor().Extract(WireDocuments.FromText(xml)));

        Assert.That(ex!.Message, Does.Contain("'agency'"));
    }

    [TestCase(SafeXml.MaxDepth + 1, true)]
    [TestCase(SafeXml.MaxDepth - 10, false)]
    public void Load_Nesting_RejectedOnlyBeyondTheCap(int depth, bool rejected)
    {
        string xml = "<nitf>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</nitf>";
        RawDocument document = WireDocuments.FromText(xml);

        if (rejected)
        {
            var ex = Assert.Throws<DocumentRejectedException>(() => SafeXml.Load(document, CancellationToken.None));
            Assert.That(ex!.Message, Does.Contain("nested deeper"));
        }
        else
        {
            Assert.That(SafeXml.Load(document, CancellationToken.None).Root?.Name.LocalName, Is.EqualTo("nitf"));
        }
    }

    [Test]
    public void Load_OverCharacterCap_RejectedWithSizeReason()
    {
        RawDocument document = WireDocuments.FromText("<nitf><p>" + new string('x', 5000) + "</p></nitf>");

        var ex = Assert.Throws<DocumentRejectedException>(() => SafeXml.Load(document, CancellationToken.None, maxCharacters: 1000));

        Assert.That(ex!.Message, Does.Contain("size cap"));
    }

    [Test]
    public void Load_DeclaredCharsetUnknownToXmlReader_DecodedAnyway()
    {
        RawDocument document = WireDocuments.FromText("<?xml version=\"1.0\" encoding=\"utf8\"?><nitf><p>Zürich</p></nitf>");

        Assert.That(SafeXml.Load(document, CancellationToken.None).Root?.Value, Is.EqualTo("Zürich"));
    }

    // A live port on loopback: any fetch of an entity or DTD would show up as a pending connection.
    private static TcpListener StartListener(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }
}
