using AngleSharp.Dom;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class DocumentReleaseTests
{
    private static readonly string[] Pages =
    [
        "<!DOCTYPE html><html><head><base href='https://example.com/news/'></head><body><p>Story</p></body></html>",
        "<!-- generated --><!DOCTYPE html><html><body><div><p>One</p><p>Two</p></div></body></html><!-- served -->",
        "<p>No head, no doctype",
        "",
    ];

    [TestCaseSource(nameof(Pages))]
    public void Release_ParsedDocument_SameEndStateAsDispose(string html)
    {
        IDocument disposed = HtmlPageParser.CreateParser().ParseDocument(html);
        IDocument released = HtmlPageParser.CreateParser().ParseDocument(html);
        INode[] disposedTop = [.. disposed.ChildNodes];
        INode[] releasedTop = [.. released.ChildNodes];
        Assert.That(releasedTop, Is.Not.Empty);

        disposed.Dispose();
        DocumentRelease.Release(released);

        Assert.That(released.ChildNodes, Has.Length.EqualTo(disposed.ChildNodes.Length).And.Length.Zero);
        Assert.That(releasedTop.Select(n => n.Parent), Is.All.Null);
        Assert.That(releasedTop.Select(n => n.NodeName), Is.EqualTo(disposedTop.Select(n => n.NodeName)));
    }

    [Test]
    public void Dispose_ParsedPage_EmptiesTheDocumentAndLeavesNodesReadable()
    {
        byte[] bytes = "<html><head><base href=/b/></head><body><p class=lede>Story</p></body></html>"u8.ToArray();
        ParsedPage page = new HtmlPageParser().Parse(bytes, "text/html; charset=utf-8");
        IElement paragraph = page.Document.QuerySelector("p.lede")!;

        page.Dispose();

        Assert.That(page.Document.ChildNodes, Is.Empty);
        Assert.That(paragraph.TextContent, Is.EqualTo("Story"), "the detached subtree stays readable; only the document lets go of it");
    }
}
