using System.Reflection;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class SelectorMatcherTests
{
    // Varied markup: attribute name and value case, missing and empty attributes, duplicated attributes, tokens split by
    // tabs and newlines, SVG and MathML (other namespaces, case-kept attribute names), custom elements, sibling headings.
    internal static readonly string[] Pages =
    [
        HtmlPages.Page(
            "<H1 CLASS=Title>Headline</H1><h2>Standfirst</h2><DIV Class='byline Byline'><A REL=AUTHOR HREF='/Author/x'>Jane</A></DIV>"
            + "<article><header><h2 itemprop=headline>Sub</h2></header><address>Desk</address><p class=''>empty class</p></article>"
            + "<main><address id=byline-x>Main desk</address></main>"
            + "<span itemprop='author\tname' class='author-name\nx'>A</span><span itemprop=Author>B</span><span itemprop=authors>C</span>"
            + "<a rel=author rel=nofollow href='/people/a'>dup</a><a rel='Author' href='/profile/b'>mixed</a><a href>no value</a>"
            + "<div class=paywall-box id=PAYWALL>x</div><div data-testid=byline-top data-TestId=other>t</div><amp-img src=x></amp-img>"
            + "<span itemprop=commentCount>4</span><span itemprop=commentcount>5</span><picture><img src=y></picture>",
            head: "<meta itemprop=author content='x'><title class=title>t</title><link rel=AUTHOR href=x>",
            after: "<aside><h2 class=headline>Other</h2><span class=Author>Someone</span><figcaption>c</figcaption></aside>"),
        "<html><body class=byline id=premium-page><h1>One</h1><h2>Two</h2><h1>Three</h1><p>x</p><h2 data-testid=byline-x>x</h2>"
        + "<svg viewBox='0 0 1 1' class=byline><a class=author href='/author/s'><title class=title>svg</title></a><rect CLASS=writer /></svg>"
        + "<math><mi class=reporter itemprop=author>x</mi></math><p itemtype='https://schema.org/BreadcrumbList' lang=en-GB type=TEXT>b</p></body></html>",
        "<p>no body element, a byline <span class=writer>here</span></p><div class=meter>m</div><header><h2>h</h2></header>",
        string.Empty,
    ];

    // Shapes beyond the locators' own: every operator, case flags, names HTML compares without case, ids, classes,
    // pseudo-classes, namespaces and combinators (left to AngleSharp).
    private static readonly string[] ExtraSelectors =
    [
        "[class=Byline i]", "[class*=BYLINE i]", "[class*=byline s]", "[class^=by]", "[class$=line]", "[class~=Byline]", "[class~='']",
        "[class*='']", "[class='']", "div[class~=byline][class~=Byline]", "DIV", "*", "[REL=author]", "[rel=author]", "[type=text]",
        "[lang|=en]", "[viewBox]", "[viewbox]", "svg a[href]", "[xlink|href]", "*|a", "a:not([href])", ".byline", "#PAYWALL",
        "[data-testid^=byline]", "[itemprop~=author], .title, h1 + h2", "main > address", "article ~ main", "[id*=paywall]",
        ":scope", ":scope > body", "div:scope",
    ];

    // AngleSharp's own selectors: the reference every compiled answer is held to.
    private static IEnumerable<ISelector> Selectors()
    {
        // Every selector the extractors parse, found by reflection so that one added later is held equal as well.
        IEnumerable<ISelector> used = typeof(ParsedSelectors).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => f.FieldType == typeof(ISelector))
            .Select(f => f.GetValue(null))
            .OfType<ISelector>()
            .Select(s => s is CompiledSelector compiled ? compiled.Inner : s);
        return used.Concat(ExtraSelectors.Select(s => new CssSelectorParser().ParseSelector(s)!));
    }

    [Test]
    public void Selectors_UsedByTheExtractors_AreFound()
    {
        Assert.That(Selectors().Count(), Is.GreaterThan(20 + ExtraSelectors.Length));
    }

    [Test]
    public void Matches_EverySelectorOnVariedPages_SameElementsInOrderAsQuerySelectorAll([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        var slots = new AttributeSlots();
        List<SelectorMatcher> matchers = [.. Selectors().Select(s => SelectorMatcher.Compile(s, slots))];
        string?[] values = new string?[slots.Count];
        var found = matchers.Select(_ => new List<IElement>()).ToList();
        foreach (IElement element in document.All)
        {
            slots.Read(element, values);
            for (int i = 0; i < matchers.Count; i++)
            {
                if (matchers[i].Matches(element, values, document.DocumentElement))
                {
                    found[i].Add(element);
                }
            }
        }

        Assert.Multiple(() =>
        {
            for (int i = 0; i < matchers.Count; i++)
            {
                Assert.That(found[i], Is.EqualTo(document.ChildNodes.QuerySelectorAll(matchers[i].Selector)), matchers[i].Selector.Text);
            }
        });
    }

    [Test]
    public void CompiledSelector_QueriesOnVariedPages_SameAnswersAsAngleSharpsSelector([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement[] all = [.. document.All];

        Assert.Multiple(() =>
        {
            foreach (ISelector inner in Selectors())
            {
                var compiled = new CompiledSelector(inner);
                Assert.That(document.ChildNodes.QuerySelectorAll(compiled), Is.EqualTo(document.ChildNodes.QuerySelectorAll(inner)), inner.Text);
                Assert.That(all.Select(e => compiled.Match(e, e)), Is.EqualTo(all.Select(e => inner.Match(e, e))), inner.Text + " scoped");
                Assert.That(compiled.Text, Is.EqualTo(inner.Text));
            }
        });
    }

    [Test]
    public void Parse_SelectorText_CompiledOverAngleSharpsParse()
    {
        ISelector parsed = ParsedSelectors.Parse("[class*=byline], article address");

        Assert.That(parsed, Is.TypeOf<CompiledSelector>());
        Assert.That(((CompiledSelector)parsed).Inner.Text, Is.EqualTo(new CssSelectorParser().ParseSelector("[class*=byline], article address")!.Text));
    }

    [Test]
    public void Matches_ExtraSelectors_SomeMatchOnThePages()
    {
        // Guards the comparison above against agreeing only on empty answers.
        using IDocument document = new HtmlParser().ParseDocument(Pages[0] + Pages[1]);

        int matching = ExtraSelectors.Count(s => document.QuerySelectorAll(s).Length > 0);

        Assert.That(matching, Is.GreaterThan(ExtraSelectors.Length * 2 / 3));
    }

    [TestCase("[class*=byline], [id*=byline], [data-testid*=x]", true)]
    [TestCase("a[rel=author][href*='/author'], img, amp-img", true)]
    [TestCase("[itemprop~=author]", true)]
    [TestCase("[rel=author i], *", true)]
    [TestCase("h2, [class*=title], article header h2", false)]
    [TestCase("h1 + h2", false)]
    [TestCase("[class]:not(p)", false)]
    [TestCase(".byline", false)]
    [TestCase("[xlink|href]", false)]
    public void IsCompiled_SelectorList_TrueOnlyWhenNothingIsLeftToAngleSharp(string selector, bool expected)
    {
        Assert.That(SelectorMatcher.Compile(ParsedSelectors.Parse(selector), new AttributeSlots()).IsCompiled, Is.EqualTo(expected));
    }

    [Test]
    public void Read_HtmlAndSvgElements_ValuesByTheirNameRules()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div ID=a CLASS=b class=c></div><svg viewBox='0 0 1 1' class=s></svg>");
        var slots = new AttributeSlots();
        int[] slot = [slots.SlotOf("id"), slots.SlotOf("class"), slots.SlotOf("viewBox"), slots.SlotOf("title")];
        string?[] values = new string?[slots.Count];

        slots.Read(document.QuerySelector("div")!, values);
        string?[] html = [.. slot.Select(s => values[s])];
        slots.Read(document.QuerySelector("svg")!, values);
        string?[] svg = [.. slot.Select(s => values[s])];

        Assert.That(html, Is.EqualTo(new[] { "a", "b", null, null }));
        Assert.That(svg, Is.EqualTo(new[] { null, "s", "0 0 1 1", null }));
    }
}
