using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class AlternativeIndexTests
{
    // Names and values in any case, missing, empty and duplicated attributes, SVG and MathML (other namespaces,
    // case-kept names), custom and non-ASCII element names, classes holding several substrings or non-ASCII letters.
    private static readonly string[] Pages =
    [
        HtmlPages.Page(
            "<H1 CLASS=Title>Headline</H1><h2>Standfirst</h2><DIV Class='byline Byline'><A REL=AUTHOR HREF='/Author/x'>Jane</A></DIV>"
            + "<article><header><h2 itemprop=headline>Sub</h2></header><address>Desk</address><p class=''>empty class</p></article>"
            + "<main><address id=byline-x>Main desk</address></main><span class='paywall-author-writer'>three substrings</span>"
            + "<span itemprop='author\tname' class='author-name\nx'>A</span><span itemprop=Author>B</span><span itemprop=authors>C</span>"
            + "<a rel=author rel=nofollow href='/people/a'>dup</a><a rel='Author' href='/profile/b'>mixed</a><a href>no value</a>"
            + "<div class=paywall-box id=PAYWALL>x</div><div class=x class=byline>dup class</div><div data-testid=byline-top data-TestId=other>t</div>"
            + "<span itemprop=commentCount>4</span><span itemprop=commentcount>5</span><p class='bylíne' id='aüthor'>non-ASCII</p>"
            + "<dív class=byline>non-ASCII tag</dív><my-widget class=meter>custom</my-widget><B class=subscriber>b</B><li>3 comments</li>",
            head: "<meta itemprop=author content='x'><title class=title>t</title><link rel=AUTHOR href=x>",
            after: "<aside><h2 class=headline>Other</h2><span class=Author>Someone</span><button>12</button></aside>"),
        "<html><body class=byline id=premium-page><h1>One</h1><h2>Two</h2><h1>Three</h1><p>x</p><h2 data-testid=byline-x>x</h2>"
        + "<svg viewBox='0 0 1 1' class=byline><a class=author href='/author/s'><title class=title>svg</title></a><rect CLASS=writer /><foreignObject class=reporter><p class=meter>f</p></foreignObject></svg>"
        + "<math><mi class=reporter itemprop=author>x</mi></math><p itemtype='https://schema.org/BreadcrumbList' lang=en-GB type=TEXT>b</p></body></html>",
        "<p>no body element, a byline <span class=writer>here</span></p><div class=meter>m</div><header><h2>h</h2></header>",
        string.Empty,
    ];

    // Lists beyond the extractor's own: types in upper case, several alternatives of one type, '*', case flags, empty and
    // case-insensitive substrings (not searched together), namespaces and combinators left to AngleSharp.
    private static readonly string[] ExtraLists =
    [
        "DIV, Span, [class*=byline], [class*=BYLINE i], [class*=''], [class^=by], *|p",
        "h1 + h2, H2, [itemprop=headline], [class*=title], article header h2",
        "*, [rel=author]",
        "[data-testid*=byline], [class~=Byline], svg a[href], [viewBox], [CLASS*=writer], foreignObject, foreignobject",
        "dív, DÍV, my-widget, [class*=meter], [class*=paywall][id*=PAY], [class*=author]:not(span), [xlink|href]",
    ];

    private static IEnumerable<ISelector> Lists() =>
        HtmlArticleExtractor.Queries.DocumentMatchers.Concat(HtmlArticleExtractor.Queries.BodyMatchers).Select(m => m.Selector)
            .Concat(ExtraLists.Select(s => (ISelector)new CssSelectorParser().ParseSelector(s)!));

    [Test]
    public void Match_EveryElementOfVariedPages_SameTargetsAsTryingEveryAlternative([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        var slots = new AttributeSlots();
        SelectorMatcher[] matchers = [.. Lists().Select(s => SelectorMatcher.Compile(s, slots))];
        var index = new AlternativeIndex([.. matchers.Select(m => m.Alternatives)]);
        string?[] values = new string?[slots.Count];
        ulong[] skips = [0, 0b1010, index.AllTargets];

        Assert.Multiple(() =>
        {
            foreach (IElement element in document.All)
            {
                slots.Read(element, values);
                ulong expected = 0;
                for (int i = 0; i < matchers.Length; i++)
                {
                    if (matchers[i].Alternatives.Any(a => a.Matches(element, element.LocalName, values, document.DocumentElement)))
                    {
                        expected |= 1UL << i;
                    }
                }

                foreach (ulong skip in skips)
                {
                    Assert.That(index.Match(element, values, document.DocumentElement, skip), Is.EqualTo(expected & ~skip), $"{element.OuterHtml} skipping {skip:b}");
                }
            }
        });
    }

    [Test]
    public void Match_VariedPages_SomeTargetsMatch()
    {
        // Guards the comparison above against agreeing only on empty answers.
        using IDocument document = new HtmlParser().ParseDocument(Pages[0] + Pages[1]);
        ISelector[] lists = [.. Lists()];

        Assert.That(lists.Count(s => document.QuerySelectorAll(s.Text).Length > 0), Is.EqualTo(lists.Length));
    }

    [Test]
    public void Constructor_MoreTargetsThanBits_Throws()
    {
        SelectorAlternative[][] targets = [.. Enumerable.Range(0, AlternativeIndex.MaxTargets + 1).Select(_ => new[] { new SelectorAlternative("p", [], null) })];

        Assert.That(() => new AlternativeIndex(targets), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Match_AllTargetsOfSixtyFour_EveryBitAnswered()
    {
        using IDocument document = new HtmlParser().ParseDocument("<p class=a>x</p>");
        SelectorAlternative[][] targets = [.. Enumerable.Range(0, AlternativeIndex.MaxTargets).Select(_ => new[] { new SelectorAlternative("P", [], null) })];

        ulong matched = new AlternativeIndex(targets).Match(document.QuerySelector("p")!, [], document.DocumentElement);

        Assert.That(matched, Is.EqualTo(ulong.MaxValue));
    }
}
