using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class ParsedSelectorsTests
{
    private const string Page = "<main><article id=a><div class='byline x'><a rel=author id=l>Jane Doe</a></div></article><p class=byline id=p>x</p></main>";

    [TestCase("[class*=byline]", 2)]
    [TestCase("a[rel=author]", 1)]
    [TestCase("article, [class*=byline]", 3)]
    [TestCase("section", 0)]
    public void All_ParsedSelector_AgreesWithStringQuery(string selector, int expectedCount)
    {
        using IDocument document = new HtmlParser().ParseDocument(Page);
        ISelector parsed = ParsedSelectors.Parse(selector);

        IHtmlCollection<IElement> found = document.All(parsed);

        Assert.That(found, Has.Length.EqualTo(expectedCount));
        Assert.That(found, Is.EqualTo(document.QuerySelectorAll(selector)));
        Assert.That(document.Body!.First(parsed), Is.SameAs(document.Body!.QuerySelector(selector)));
    }

    [TestCase("l", "article, main", "a")]
    [TestCase("l", "a", "l")]
    [TestCase("p", "article", null)]
    public void Closest_FromElement_FindsItselfOrNearestAncestor(string fromId, string selector, string? expectedId)
    {
        using IDocument document = new HtmlParser().ParseDocument(Page);

        IElement? found = document.GetElementById(fromId)!.Closest(ParsedSelectors.Parse(selector));

        Assert.That(found?.Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void Parse_NotASelector_Throws()
    {
        Assert.That(() => ParsedSelectors.Parse("[class*="), Throws.ArgumentException);
    }
}
