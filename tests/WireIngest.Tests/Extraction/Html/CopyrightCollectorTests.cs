using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class CopyrightCollectorTests
{
    private static readonly string[] Texts =
    [
        "",
        "© Thomson Reuters 2024.",
        "©2024 GPlusMedia Inc.",
        "(c) 2024 dpa",
        "(C)\tAFP",
        "(c)2024",
        "Copyright 2024 The Associated Press.",
        "COPYRIGHT",
        "copyrighted material",
        "All rights reserved",
        "The cop yright (see below)",
        "ÇOPYRIGHT © ",
        "copyrıght",
        "a (c)\u00A0b",
    ];

    [Test]
    public void HasMark_HandWrittenTexts_AnswersAsTheRegex([ValueSource(nameof(Texts))] string text) =>
        Assert.That(CopyrightCollector.HasMark(text), Is.EqualTo(CopyrightCollector.Mark().IsMatch(text)));

    // The picture-credit names asked of a mark's ancestors answer as the walk that did not enter picture credits.
    [TestCase("<p>© Thomson Reuters 2024.</p>", new[] { "© Thomson Reuters 2024." })]
    [TestCase("<div class=photo-credit><p>© Jane Roe</p></div><p>© dpa 2024</p>", new[] { "© dpa 2024" })]
    [TestCase("<div><span class=Caption>© Jane Roe</span></div><footer><p>Copyright 2024 GPlusMedia</p></footer>", new[] { "Copyright 2024 GPlusMedia" })]
    [TestCase("<figure><p>© Jane Roe</p></figure><p>text</p>", new string[0])]
    [TestCase("<div class='x' id='bïld image'><p>© Jane Roe</p></div>", new string[0])]
    [TestCase("<div class='story'><div class='inner'><p>(c) AFP 2024</p></div></div>", new[] { "(c) AFP 2024" })]
    [TestCase("<p>a © 1</p><p>b © 2</p><p>c © 3</p><p>d © 4</p><p>e © 5</p>", new[] { "© 1", "© 2", "© 3", "© 4" })]
    public void Collect_Body_FindsTheLinesOutsidePictureCredits(string html, string[] expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        Assert.That(CopyrightCollector.Collect(document.Body!), Is.EqualTo(expected));
    }

    [Test]
    public void Collect_PictureCreditBody_IsStillEnteredAsTheRoot()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div class=photo><p>© dpa 2024</p></div>");
        Assert.That(CopyrightCollector.Collect(document.Body!.FirstElementChild!), Is.EqualTo(new[] { "© dpa 2024" }));
    }

    // Pages grown at random from marks, picture-credit names, figures, invisible tags and deep nesting, with more marked
    // lines than are kept: the marks gathered by the page walk give the lines the recursive walk gave.
    [Test]
    public void Collect_RandomPages_AsTheRecursiveWalk([Range(0, 299)] int seed)
    {
        var random = new Random(seed);
        string html = RandomMarkup.Page(random, 6, h => Grow(h, random, 0));
        using IDocument document = new HtmlParser().ParseDocument(html);
        var expected = new List<string>();
        OracleVisit(document.Body!, document.Body!, expected, 0);

        Assert.That(CopyrightCollector.Collect(document.Body!), Is.EqualTo(expected), html);
    }

    [Test]
    public void Collect_MarksBelowTheDepthLimit_AsTheRecursiveWalk()
    {
        string html = string.Concat(Enumerable.Range(0, HtmlText.MaxDepth + 3).Select(i => $"<div>© line {i}")) + "<p>© last</p>";
        using IDocument document = new HtmlParser().ParseDocument(html);
        var expected = new List<string>();
        OracleVisit(document.Body!, document.Body!, expected, 0);

        Assert.That(CopyrightCollector.Collect(document.Body!), Is.EqualTo(expected));
    }

    private static readonly string[] Tags = ["div", "p", "span", "section", "figure", "figcaption", "script", "footer", "small", "b"];
    private static readonly string[] Classes = ["", "", "", "caption", "photo-credit", "story", "legal"];
    private static readonly string[] Marks = ["© Reuters 2024", "Copyright 2024 AP", "(c) dpa", "plain words", "© 1", "© 2", "© 3", "© 4", "© 5"];

    private static void Grow(StringBuilder html, Random random, int depth)
    {
        if (random.Next(4) == 0 || depth > 5)
        {
            html.Append(Marks[random.Next(Marks.Length)]);
            return;
        }

        RandomMarkup.AppendElement(html, random, Tags, Classes, () => Grow(html, random, depth + 1));
    }

    // The collector as it was: a recursive walk down the root that stops entering elements once it has enough lines.
    private static void OracleVisit(IElement root, IElement element, List<string> lines, int depth)
    {
        if (depth > HtmlText.MaxDepth || lines.Count >= CopyrightCollector.MaxLines)
        {
            return;
        }

        foreach (INode child in element.ChildNodes.ToList())
        {
            if (child is IElement e)
            {
                if (!HtmlRules.IsInvisibleTag(e.LocalName) && e.LocalName is not ("figure" or "figcaption"))
                {
                    OracleVisit(root, e, lines, depth + 1);
                }
            }
            else if (child is IText text && CopyrightCollector.Mark().IsMatch(text.Data) && !InPictureCredit(root, element))
            {
                CopyrightCollector.AddLine(element, lines);
            }
        }
    }

    private static bool InPictureCredit(IElement root, IElement element)
    {
        for (IElement? e = element; e is not null && e != root; e = e.ParentElement)
        {
            if (CopyrightCollector.PictureCreditNames.IsMatch(e))
            {
                return true;
            }
        }

        return false;
    }
}
