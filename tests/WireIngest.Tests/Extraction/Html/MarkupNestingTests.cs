using System.Text;
using AngleSharp.Dom;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class MarkupNestingTests
{
    [TestCase("<div><div><p>x</p></div></div>", 3)]
    [TestCase("<p>a<p>b<p>c", 1)] // An open p closes before the next.
    [TestCase("<div><p>a<div>b</div></div>", 2)] // ... and before a block.
    [TestCase("<ul><li>a<li>b<li><b>c</b></ul>", 3)]
    [TestCase("<dl><dt>a<dd>b<dt>c<dd>d</dl>", 2)]
    [TestCase("<table><tr><td>a<td>b<tr><td>c</table>", 3)]
    [TestCase("<select><option>a<option>b<optgroup><option>c</select>", 3)]
    [TestCase("<h1>a<h2>b</h2>", 1)]
    [TestCase("<a href=x>1<a href=y>2</a>", 1)]
    [TestCase("<img src=a><br><input><meta charset=utf-8><hr>", 0)]
    [TestCase("<div/><div/>", 2)] // HTML ignores the slash: both stay open.
    [TestCase("<svg><g/><g/><path d='M0'/></svg><svg><g><g/></g></svg>", 2)] // SVG honours it.
    [TestCase("<script>var s = '<div><div><div>'; if (a < b) {}</script><div></div>", 1)]
    [TestCase("<style>a > b { }</style><textarea><div><div></textarea><title><b></title>", 1)]
    [TestCase("<!-- <div><div><div> --><!DOCTYPE html><?xml x?><div></div>", 1)]
    [TestCase("<!--><div><div><!---><div><!-- x --!><div>", 4)] // Comments the tokenizer ends early hide nothing.
    [TestCase("<!-- a -- b - c ---><div>", 1)]
    [TestCase("<div title='a > <b>' data-x=\"<i>\"><span>x</span></div>", 2)]
    [TestCase("<DIV><Div><SPAN>x</span></DIV></div>", 3)]
    [TestCase("a < b and c <3 d </ e", 0)]
    [TestCase("<b><i>x</i></b></div></html></body><b>", 2)]
    [TestCase("", 0)]
    [TestCase("<div", 0)]
    [TestCase("<plaintext><div><div><div>", 1)]
    public void Measure_Markup_DeepestStackOfOpenElements(string html, int deepest)
    {
        Assert.That(MarkupNesting.Measure(html).Deepest, Is.EqualTo(deepest));
    }

    [Test]
    public void Measure_Steps_SumOfTheDepthAtEveryStartTag()
    {
        // 1 + 2 + 3, then a sibling at depth 3, then 1 again after the closes.
        Assert.That(MarkupNesting.Measure("<div><div><div></div><span></span></div></div><p>").Steps, Is.EqualTo(1 + 2 + 3 + 3 + 1));
    }

    // Sloppy but real markup: the implied ends keep the stack shallow however long the page, so its steps grow with its
    // size, not with its square.
    [TestCase("<p>para ")]
    [TestCase("<li>item ")]
    [TestCase("<tr><td>a<td>b")]
    [TestCase("<option>o")]
    [TestCase("<div><span>text</span> <a href=x>link</a></div><img src=y><br>")]
    public void ThrowIfTooDeep_HundredThousandRepeatsOfShallowMarkup_Accepted(string repeated)
    {
        string html = "<html><body><table><ul><select>" + string.Concat(Enumerable.Repeat(repeated, 100_000)) + "</select></ul></table></body></html>";

        Assert.That(() => MarkupNesting.ThrowIfTooDeep(html), Throws.Nothing);
        Assert.That(MarkupNesting.Measure(html).Deepest, Is.LessThan(10));
    }

    [TestCase("<div>")]
    [TestCase("<span><b><i>")]
    [TestCase("<div/>")]
    [TestCase("<table><td>")]
    public void ThrowIfTooDeep_TwentyThousandNestedElements_RejectedNamingTheNesting(string nested)
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat(nested, 20_000)) + "text</body></html>";

        var ex = Assert.Throws<DocumentRejectedException>(() => MarkupNesting.ThrowIfTooDeep(html));

        Assert.That(ex!.Message, Does.Contain("nested too deeply").And.Contain("elements open at once"));
    }

    [Test]
    public void ThrowIfTooDeep_FewerTagsThanCouldReachTheLimit_AcceptedWithoutMeasuring()
    {
        // 9,999 nested elements take at most 9,999 × 10,000 / 2 < MaxSteps nesting steps, however they nest.
        string html = string.Concat(Enumerable.Repeat("<div>", 9_999));

        Assert.That(MarkupNesting.Measure(html).Steps, Is.LessThanOrEqualTo(MarkupNesting.MaxSteps));
        Assert.That(() => MarkupNesting.ThrowIfTooDeep(html), Throws.Nothing);
        Assert.That(() => MarkupNesting.ThrowIfTooDeep(html + string.Concat(Enumerable.Repeat("<div>", 1_000))), Throws.InstanceOf<DocumentRejectedException>());
    }

    // Against the real parser, on random markup of elements whose content model the tree builder keeps as written
    // (tables, selects, lists and formatting elements have rules of their own, which the measure approximates; the tests
    // above hold those): the measured depth is never below the depth of the tree AngleSharp builds (counted below body),
    // with end tags kept or dropped at random.
    [Test]
    public void Measure_RandomMarkup_NeverBelowTheParsedTreeDepth()
    {
        string[] tags = ["div", "span", "section", "article", "figure", "blockquote", "aside", "nav", "header", "footer", "main", "label", "output"];
        var random = new Random(20261129);
        var parser = HtmlPageParser.CreateParser();
        for (int i = 0; i < 2000; i++)
        {
            string html = RandomMarkup.Page(random, 5, page => Grow(page, random, tags, 0));
            if (random.Next(2) == 0)
            {
                html = DropSomeEndTags(html, random);
            }

            using IDocument document = parser.ParseDocument("<html><body>" + html + "</body></html>");
            int treeDepth = document.Body!.Descendants<IElement>().Select(e => e.Ancestors<IElement>().TakeWhile(a => a != document.Body).Count() + 1)
                .DefaultIfEmpty(0).Max();

            Assert.That(MarkupNesting.Measure(html).Deepest, Is.GreaterThanOrEqualTo(treeDepth), html);
        }
    }

    [Test]
    public void Parse_PageNestedTwoHundredThousandDeep_RejectedBeforeTheTreeIsBuilt()
    {
        byte[] page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>text</p></body></html>");

        // Parsed, this page kept a core busy for over ten minutes.
        var ex = Assert.Throws<DocumentRejectedException>(() => new HtmlPageParser().Parse(page, "text/html"));

        Assert.That(ex!.Message, Does.Contain("nested too deeply"));
    }

    [Test]
    public void Extract_PageNestedTooDeeply_RejectedWithTheReason()
    {
        byte[] page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<span><b><i>", 50_000)) + "<p>text</p>");
        var document = new RawDocument(DocumentOrigin.FromFile("deep.html"), page, "text/html");

        var ex = Assert.Throws<DocumentRejectedException>(() => new HtmlArticleExtractor().Extract(document));

        Assert.That(ex!.Message, Does.Contain("nested too deeply"));
    }

    private static void Grow(StringBuilder html, Random random, string[] tags, int depth)
    {
        if (depth > 6 || random.Next(4) == 0)
        {
            html.Append("text ");
            return;
        }

        RandomMarkup.AppendElement(html, random, tags, [""], () => Grow(html, random, tags, depth + 1));
    }

    private static string DropSomeEndTags(string html, Random random)
    {
        var kept = new StringBuilder(html.Length);
        for (int i = 0; i < html.Length; i++)
        {
            if (html[i] == '<' && i + 1 < html.Length && html[i + 1] == '/' && random.Next(3) == 0)
            {
                i = html.IndexOf('>', i);
                continue;
            }

            kept.Append(html[i]);
        }

        return kept.ToString();
    }
}
