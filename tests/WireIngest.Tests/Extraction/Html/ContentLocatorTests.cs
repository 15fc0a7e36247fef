using AngleSharp.Dom;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class ContentLocatorTests
{
    private static readonly string[] Tags = ["div", "p", "span", "section", "a", "script", "template", "noscript", "ul", "li", "style"];

    // The locator passes over a box with less text than a paragraph, subtree and all: it holds when no element has more
    // text than its parent, hidden, invisible and deeply nested ones included.
    [Test]
    public void TextLength_RandomPages_NoElementLongerThanItsParent()
    {
        var random = new Random(20261128);
        for (int i = 0; i < 300; i++)
        {
            var html = new System.Text.StringBuilder();
            Grow(html, random, 0);
            using IDocument document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.ToString());
            IElement body = document.Body!;
            TextStatistics stats = TextStatistics.Compute(body);
            foreach (IElement element in body.QuerySelectorAll("*"))
            {
                Assert.That(stats.TextLength(element), Is.LessThanOrEqualTo(stats.TextLength(element.ParentElement!)), element.OuterHtml);
            }
        }
    }

    [Test]
    public void TextLength_NestedDeeperThanTheWalks_NoElementLongerThanItsParent()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", HtmlText.MaxDepth + 20)) + "A paragraph of text long enough to be scored, deep down." + string.Concat(Enumerable.Repeat("</div>", HtmlText.MaxDepth + 20));
        using IDocument document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        IElement body = document.Body!;
        TextStatistics stats = TextStatistics.Compute(body);

        Assert.That(body.QuerySelectorAll("*").All(e => stats.TextLength(e) <= stats.TextLength(e.ParentElement!)), Is.True);
    }

    private static void Grow(System.Text.StringBuilder html, Random random, int depth)
    {
        for (int n = random.Next(1, 4); n > 0; n--)
        {
            if (random.Next(3) == 0 || depth > 6)
            {
                html.Append(random.Next(2) == 0 ? " short " : " A sentence with enough words to count as a paragraph, and a comma. ");
                continue;
            }

            string tag = Tags[random.Next(Tags.Length)];
            string attributes = random.Next(4) switch { 0 => " hidden", 1 => " style='display:none'", 2 => " href='/x'", _ => string.Empty };
            html.Append('<').Append(tag).Append(attributes).Append('>');
            Grow(html, random, depth + 1);
            html.Append("</").Append(tag).Append('>');
        }
    }
}
