using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class PageElementsTests
{
    // Byline boxes, headings, counters and paywall boxes inside and outside the body, hidden, scripted and in the head.
    private static readonly string[] Pages =
    [
        HtmlPages.Page(
            "<h1 class=title>Headline</h1><h2>Standfirst under the headline</h2><div class='byline'><a rel=author href='/author/x'>Jane Doe</a></div>"
            + HtmlPages.StoryParagraphs + "<div hidden class=paywall-box>Subscribe</div><span itemprop=commentCount>4</span>",
            head: "<meta itemprop=author content='x'><title class=title>t</title>",
            after: "<aside><h2 class=headline>Other</h2><span class=Author>Someone</span><a>12 comments</a></aside><template><div class=byline>t</div></template>"),
        "<html><head><link rel=author href=x></head><body class=byline id=premium-page><h1>One</h1><h1>Two</h1><h2 data-testid=byline-x>x</h2></body></html>",
        "<p>no body element, a byline <span class=writer>here</span></p><div class=meter>m</div>",
    ];

    [Test]
    public void Collect_EveryGatheredQuery_AgreesWithQuerySelectorAll([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement body = document.Body ?? document.DocumentElement;

        PageElements elements = PageElements.Collect(document, body, HtmlArticleExtractor.Queries);

        Assert.Multiple(() =>
        {
            Assert.That(elements.ElementCount, Is.EqualTo(document.All.Length));
            foreach (PageQuery query in HtmlArticleExtractor.Queries.Document)
            {
                Assert.That(elements.InDocument(query.Selector), Is.EqualTo(document.All(query.Selector)), query.Selector.Text);
            }

            foreach (PageQuery query in HtmlArticleExtractor.Queries.Body)
            {
                Assert.That(elements.InBody(query.Selector), Is.EqualTo(body.All(query.Selector)), query.Selector.Text);
            }
        });
    }

    // Queries beyond the extractor's own, on the same pages: several of one type, upper-case types, '*', substrings that
    // share a slot, combinators and namespaces left to AngleSharp, the same selector asked of the document and the body.
    private static readonly PageQueries ExtraQueries = new(
        [new(ParsedSelectors.Parse("DIV, [class*=byline], [class*=Author], *|h2")), new(ParsedSelectors.Parse("*")), new(HeadlineLocator.Headings), new(ParsedSelectors.Parse("h1 + h2, aside span"))],
        [new(ParsedSelectors.Parse("a, SPAN, [class*=paywall], [id*=premium], [class*=meter]")), new(HeadlineLocator.Headings), new(ParsedSelectors.Parse("[rel=author i], template div"))]);

    [Test]
    public void Collect_ExtraQueries_AgreeWithQuerySelectorAll([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement body = document.Body ?? document.DocumentElement;

        PageElements elements = PageElements.Collect(document, body, ExtraQueries);

        Assert.Multiple(() =>
        {
            foreach (PageQuery query in ExtraQueries.Document)
            {
                Assert.That(elements.InDocument(query.Selector), Is.EqualTo(document.All(query.Selector)), query.Selector.Text);
            }

            foreach (PageQuery query in ExtraQueries.Body)
            {
                Assert.That(elements.InBody(query.Selector), Is.EqualTo(body.All(query.Selector)), query.Selector.Text);
            }
        });
    }

    [Test]
    public void Collect_ExtraQueries_SomeFoundOnTheFirstPage()
    {
        // Guards the comparison above against agreeing only on empty answers.
        using IDocument document = new HtmlParser().ParseDocument(Pages[0]);

        PageElements elements = PageElements.Collect(document, document.Body!, ExtraQueries);

        Assert.That(ExtraQueries.Document.Select(q => elements.InDocument(q.Selector)), Has.All.Not.Empty);
        Assert.That(ExtraQueries.Body.Select(q => elements.InBody(q.Selector)), Has.All.Not.Empty);
    }

    [Test]
    public void Collect_NestingDeeperThanTheFirstStack_EveryElementInOrder()
    {
        string html = string.Concat(Enumerable.Repeat("<div class=byline><figure>", 300)) + "x";
        using IDocument document = new HtmlParser().ParseDocument(html);

        PageElements elements = PageElements.Collect(document, document.Body!, HtmlArticleExtractor.Queries);

        Assert.That(elements.ElementCount, Is.EqualTo(document.All.Length));
        Assert.That(elements.InDocument(BylineLocator.Selector), Is.EqualTo(document.All(BylineLocator.Selector)).And.Count.EqualTo(300));
        Assert.That(elements.InBody(PictureCollector.Figures), Is.EqualTo(document.Body!.All(PictureCollector.Figures)).And.Count.EqualTo(300));
    }

    [Test]
    public void InDocument_SelectorNotGathered_QueriesTheDocument()
    {
        using IDocument document = new HtmlParser().ParseDocument(Pages[0]);
        var notGathered = ParsedSelectors.Parse("p");

        PageElements elements = PageElements.Collect(document, document.Body!, PageQueries.None);

        Assert.That(elements.InDocument(notGathered), Is.EqualTo(document.All(notGathered)).And.Not.Empty);
        Assert.That(elements.InBody(notGathered), Is.EqualTo(document.Body!.All(notGathered)).And.Not.Empty);
    }
}
