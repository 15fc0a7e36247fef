using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlRulesTests
{
    [TestCase("<div class='story body'></div>", "story body   ")]
    [TestCase("<div data-a=b></div>", "")]
    [TestCase("<div id=x class=a role=main></div>", "a x main ")]
    [TestCase("<div id=x itemprop=articleBody></div>", " x  articleBody")]
    [TestCase("<div class=\"\"></div>", "   ")]
    public void NamesOf_Attributes_JoinsClassIdRoleItemprop(string html, string expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.QuerySelector("div")!;

        Assert.That(HtmlRules.NamesOf(element), Is.EqualTo(expected));
        Assert.That(HtmlRules.NamesOf(element), Is.EqualTo(expected), "asked again (cached)");
    }
}
