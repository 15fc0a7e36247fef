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
        "<div dropzone=copy draggable=true class=a CLASS=b id=c ID=d><svg viewBox='0 0 1 1'><a href=x>y</a></svg></div>",
    ];

    [TestCaseSource(nameof(ObservedMarkup))]
    public void Create_ObservedAttributes_SameTreeAsDefaultParser(string html)
    {
        using IDocument expected = new HtmlParser().ParseDocument(html);
        using IDocument actual = HtmlPageParser.Create().ParseDocument(html);

        Assert.That(actual.DocumentElement.OuterHtml, Is.EqualTo(expected.DocumentElement.OuterHtml));
        Assert.That(actual.All.Select(e => string.Join("|", e.Attributes.Select(a => $"{a.Name}={a.Value}"))),
            Is.EqualTo(expected.All.Select(e => string.Join("|", e.Attributes.Select(a => $"{a.Name}={a.Value}")))));
    }

    [Test]
    public void Create_SharedBetweenThreads_EachParseItsOwnDocument()
    {
        var parser = HtmlPageParser.Create();
        string[] texts = [.. Enumerable.Range(0, 64).Select(i => $"story {i}")];

        string[] read = [.. texts.AsParallel().Select(text =>
        {
            using IDocument document = parser.ParseDocument($"<html><body><p class=lede>{text}</p></body></html>");
            return document.QuerySelector("p.lede")!.TextContent;
        })];

        Assert.That(read, Is.EquivalentTo(texts));
    }
}
