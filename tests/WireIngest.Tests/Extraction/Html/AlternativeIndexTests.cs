using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class AlternativeIndexTests
{
    // The selector matcher's varied pages, and one more with what the index tells apart: several substrings of one value,
    // duplicated classes, non-ASCII names and values, custom elements, SVG's foreignObject with HTML inside,
    // the head's meta, link and script elements the metadata reader gathers, a figure for the picture walk, and dated
    // elements (microdata in two cases, time elements in upper case), choice inputs of a poll (a type in upper case).
    private static readonly string[] Pages =
    [
        .. SelectorMatcherTests.Pages,
        "<head><base href=/b/><meta property='og:title' content=t><LINK rel=canonical href=/a><script type='application/ld+json'>{}</script></head>"
        + "<body><span class='paywall-author-writer'>three substrings</span><div class=x class=byline>dup class</div>"
        + "<p class='bylíne' id='aüthor'>non-ASCII</p><dív class=byline>non-ASCII tag</dív><my-widget class=meter>custom</my-widget>"
        + "<B class=subscriber>b</B><li>3 comments</li><figure><img src=a.jpg></figure><time itemprop=datePublished datetime=2024-11-29>Nov. 29</time><TIME DateTime=x>t</TIME><span itemprop=datepublished>case</span><input type=RADIO name=a><input type=checkbox><input type=text><svg><foreignObject class=reporter><p class=meter>f</p></foreignObject></svg></body>",
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
        using IDocument document = new HtmlParser().ParseDocument(string.Concat(Pages));
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
