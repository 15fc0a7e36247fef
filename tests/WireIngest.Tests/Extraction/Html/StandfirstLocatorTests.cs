using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class StandfirstLocatorTests
{
    [TestCase("<article><header><H2 class=dek>Sub</H2><div><span>s</span><P>p</P></div></header><p>text</p></article>")]
    [TestCase("<main><svg><foreignObject><div><span>in svg</span></div></foreignObject></svg><math><mi><p>m</p></mi></math><template><p>t</p></template><section><h3>x</h3></section></main>")]
    [TestCase("<article></article><p>outside</p>")]
    public void InOrder_EveryScope_AgreesWithQuerySelectorAll(string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);

        Assert.Multiple(() =>
        {
            foreach (IElement scope in document.All)
            {
                Assert.That(scope.InOrder(StandfirstLocator.Candidates), Is.EqualTo(scope.All(StandfirstLocator.Candidates)), scope.LocalName);
            }
        });
    }
}
