using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlPageParserTests
{
    // Markup whose attributes the dropped observers react to (link relations, base URL, inputs, frames, images).
    private static readonly string[] ObservedMarkup =
    [
        "<head><link rel=stylesheet href=/a.css><link rel=canonical href='https://example.com/story'></head><body><p>x</p>",
        "<head><base href='https://example.com/news/'></head><body><a href=story.html class='Byline author'>Jane Doe</a>",
        "<form><input type=radio name=r checked><input TYPE=Text value=v><select><option selected>o</option></select></form>",
        "<iframe src='https://example.com/embed'></iframe><frameset><frame src=f.html></frameset>",
        "<figure><img src=a.jpg srcset='a.jpg 1x, b.jpg 2x' alt='Photo: REUTERS/Jane Doe'><figcaption>Caption (Reuters)</figcaption></figure>",
        "<head><meta charset=shift_jis><meta http-equiv=Content-Type content='text/html; charset=euc-jp'></head><body><p>日本語の記事</p>",
        "<div dropzone=copy draggable=true class=a CLASS=b id=c ID=d><svg viewBox='0 0 1 1'><a href=x>y</a></svg></div>",
    ];

    [TestCaseSource(nameof(ObservedMarkup))]
    public void Create_ObservedAttributes_SameTreeAsDefaultParser(string html)
    {
        using IDocument expected = new HtmlParser().ParseDocument(html);
        using IDocument actual = HtmlPageParser.CreateParser().ParseDocument(html);

        Assert.That(actual.DocumentElement.OuterHtml, Is.EqualTo(expected.DocumentElement.OuterHtml));
        Assert.That(actual.All.Select(e => string.Join("|", e.Attributes.Select(a => $"{a.Name}={a.Value}"))),
            Is.EqualTo(expected.All.Select(e => string.Join("|", e.Attributes.Select(a => $"{a.Name}={a.Value}")))));
    }

    [Test]
    public void Create_SharedBetweenThreads_EachParseItsOwnDocument()
    {
        var parser = HtmlPageParser.CreateParser();
        string[] texts = [.. Enumerable.Range(0, 64).Select(i => $"story {i}")];

        string[] read = [.. texts.AsParallel().Select(text =>
        {
            using IDocument document = parser.ParseDocument($"<html><body><p class=lede>{text}</p></body></html>");
            return document.QuerySelector("p.lede")!.TextContent;
        })];

        Assert.That(read, Is.EquivalentTo(texts));
    }

    [TestCase("<html><head><meta charset=shift_jis></head><body><p>日本語の記事</p></body></html>", "shift_jis", null)]
    [TestCase("<html><head><meta charset=utf-8></head><body><p class=byline>By Jane Doe</p></body></html>", "utf-8", null)]
    [TestCase("<p>Café</p>", "windows-1252", "text/html; charset=windows-1252")]
    [TestCase("<p>Ünïcödé</p>", "utf-8", "text/html")]
    public void Parse_EncodedPage_SameTreeAsParsingDecodedString(string html, string encodingName, string? contentType)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        byte[] bytes = System.Text.Encoding.GetEncoding(encodingName).GetBytes(html);
        using IDocument expected = HtmlPageParser.CreateParser().ParseDocument(WireIngest.Core.Extraction.CharsetDecoder.DecodeHtml(bytes, contentType));

        using ParsedPage page = new HtmlPageParser().Parse(bytes, contentType);

        Assert.That(page.Document.DocumentElement.OuterHtml, Is.EqualTo(expected.DocumentElement.OuterHtml));
    }
}
