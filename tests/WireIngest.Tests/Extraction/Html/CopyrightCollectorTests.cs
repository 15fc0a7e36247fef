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
}
