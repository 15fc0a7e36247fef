using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class PageMetadataReaderTests
{
    // Meta, link and script elements where GetElementsByTagName finds them: upper case, in the body, in SVG and MathML,
    // in a template (whose content is no child), in noscript, with duplicated attributes and beside non-ASCII names.
    private static readonly string[] Pages =
    [
        HtmlPages.Page(HtmlPages.StoryParagraphs + "<meta name=author content='In Body'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
            head: "<META NAME=Author CONTENT='Jane Doe'><LINK REL=canonical HREF='https://example.com/a'><SCRIPT TYPE=APPLICATION/LD+JSON>{\"@type\":\"WebSite\",\"name\":\"Site\"}</SCRIPT>"),
        "<html><head><meta name=a name=b content=c><link rel=stylesheet href=x><link rel=canonical href=y></head><body><svg><script type='application/ld+json'>{}</script><meta name=svg content=s/><link/><foreignObject><meta name=fo content=f></foreignObject></svg><math><mi>meta</mi><meta name=m content=m/></math></body></html>",
        "<html><body><template><meta name=t content=t><script>x</script></template><noscript><link rel=canonical href=n></noscript><métä name=x content=y></métä><x:meta name=ns content=z></x:meta><METAS>no</METAS></body></html>",
        "<p>no head or body at all</p>",
    ];

    private static readonly (ISelector Selector, string Tag)[] Tags =
        [(PageMetadataReader.MetaTags, "meta"), (PageMetadataReader.Links, "link"), (PageMetadataReader.Scripts, "script")];

    [Test]
    public void Collect_MetaLinkAndScriptQueries_AgreeWithGetElementsByTagName([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);

        PageElements elements = PageElements.Collect(document, document.Body ?? document.DocumentElement, HtmlArticleExtractor.Queries);

        Assert.Multiple(() =>
        {
            foreach ((ISelector selector, string tag) in Tags)
            {
                Assert.That(elements.InDocument(selector), Is.EqualTo(document.GetElementsByTagName(tag)), tag);
            }
        });
    }

    [Test]
    public void Read_GatheredElements_ReadsHeadAndBodyMetadata()
    {
        using IDocument document = new HtmlParser().ParseDocument(Pages[0]);

        PageMetadata metadata = PageMetadataReader.Read(document, PageElements.Collect(document, document.Body!, HtmlArticleExtractor.Queries));

        Assert.Multiple(() =>
        {
            Assert.That(metadata.MetaAuthors, Is.EqualTo(new[] { "Jane Doe", "In Body" }));
            Assert.That(metadata.CanonicalUrl, Is.EqualTo("https://example.com/a"));
            Assert.That(metadata.PublisherName, Is.EqualTo("Site"));
            Assert.That(metadata.JsonLdHeadline, Is.EqualTo("H"));
        });
    }

    [Test]
    public void KeyAndContent_RandomMetaTags_AgreeWithGetAttribute()
    {
        // Every attribute the key and content come from, in any order and case, some duplicated, in HTML and in SVG.
        string[] names = ["property", "name", "itemprop", "http-equiv", "content", "value", "NAME", "Content", "data-x", "propertyx"];
        var random = new Random(3);
        var html = new System.Text.StringBuilder("<html><head>");
        for (int i = 0; i < 300; i++)
        {
            string attributes = string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => $" {names[random.Next(names.Length)]}='v{random.Next(3)}'"));
            html.Append(i % 5 == 0 ? $"</head><body><svg><meta{attributes}/></svg>" : $"<meta{attributes}>");
        }

        using IDocument document = new HtmlParser().ParseDocument(html.ToString());

        Assert.Multiple(() =>
        {
            foreach (IElement meta in document.All(PageMetadataReader.MetaTags))
            {
                string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
                string? content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
                Assert.That(PageMetadataReader.KeyAndContent(meta), Is.EqualTo((key, content)), meta.OuterHtml);
            }
        });
    }
    private static PageMetadata ReadPage(string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        return PageMetadataReader.Read(document, PageElements.Collect(document, document.Body ?? document.DocumentElement, HtmlArticleExtractor.Queries));
    }

    // Publication-time meta keys as sites write them: standard, with other separators, and the CMS and analytics conventions.
    [TestCase("<meta property='article:published_time' content='2024-10-23T15:48:15+00:00'>")]
    [TestCase("<meta name='article:published:time' content='2024-10-23T15:48:15+00:00'>")]
    [TestCase("<meta name='publish-date' content='Wed, 23 Oct 2024 15:48:15 +0000'>")]
    [TestCase("<meta name='parsely-pub-date' content='2024-10-23T15:48:15Z'>")]
    [TestCase("<meta name='DC.date.issued' content='2024-10-23T15:48:15Z'>")]
    [TestCase("<meta name='published' value='2024-10-23T15:48:15Z'>")]
    [TestCase("<meta itemprop='datePublished' content='2024-10-23T15:48:15Z'>")]
    public void Read_PublishedMetaKey_DatesThePage(string meta)
    {
        PageMetadata metadata = ReadPage(HtmlPages.Page(HtmlPages.StoryParagraphs, head: meta));

        Assert.That(metadata.Published, Is.EqualTo(new DateTimeOffset(2024, 10, 23, 15, 48, 15, TimeSpan.Zero)));
    }

    [Test]
    public void Read_BareDateMetaThenJsonLdTimestamp_TakesTheTimestamp()
    {
        const string head = """
            <meta name="dc.date" content="2019-11-19">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-19T06:12:56-05:00","dateModified":"2019-11-19T08:00:00-05:00"}</script>
            """;

        PageMetadata metadata = ReadPage(HtmlPages.Page(HtmlPages.StoryParagraphs, head: head));

        Assert.That((metadata.Published, metadata.Modified), Is.EqualTo((
            (DateTimeOffset?)new DateTimeOffset(2019, 11, 19, 6, 12, 56, TimeSpan.FromHours(-5)),
            (DateTimeOffset?)new DateTimeOffset(2019, 11, 19, 8, 0, 0, TimeSpan.FromHours(-5)))));
    }

    [Test]
    public void Read_UnreadableFirstDate_TakesTheNextReadableOne()
    {
        const string head = """
            <meta property="article:published_time" content="yesterday">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Fri Apr 28 19:20:36 CEST 2023"}</script>
            """;

        Assert.That(ReadPage(HtmlPages.Page(HtmlPages.StoryParagraphs, head: head)).Published, Is.EqualTo(new DateTimeOffset(2023, 4, 28, 19, 20, 36, TimeSpan.FromHours(2))));
    }

    // Without a dating meta tag or JSON-LD article: the article as the JSON-LD page's main entity, microdata on any element,
    // the JSON-LD page's own date (Yoast's graph), then the first time element outside related and comment regions.
    [TestCase("""<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2026-02-06T00:00:00Z"}}</script>""", "", "2026-02-06T00:00:00Z")]
    [TestCase("", """<time itemprop="datePublished" datetime="2014-10-09T12:06:16">Oct. 9</time>""", "2014-10-09T12:06:16Z")]
    [TestCase("", """<span itemprop="datePublished" content="2018-10-29T10:15:00-05:00">Oct. 29</span>""", "2018-10-29T10:15:00-05:00")]
    [TestCase("", """<time itemprop="datePublished">24 September 2019</time>""", "2019-09-24T00:00:00Z")]
    [TestCase("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-10-19T13:07:47+00:00"}]}</script>""", "", "2019-10-19T13:07:47Z")]
    [TestCase("", """<div class="related-stories"><time datetime="2016-01-01T00:00:00Z">Jan 1</time></div><time datetime="2016-12-06T23:22:22Z">Dec. 6</time>""", "2016-12-06T23:22:22Z")]
    public void Read_NoDatingMetaTag_FallsBackInOrder(string head, string inBody, string expected)
    {
        PageMetadata metadata = ReadPage(HtmlPages.Page(inBody + HtmlPages.StoryParagraphs, head: head));

        Assert.That(metadata.Published, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Read_MetaTagBesideTimeElement_MetaTagWins()
    {
        PageMetadata metadata = ReadPage(HtmlPages.Page("<time datetime='2018-03-06T19:49:32-05:00'>Mar 6</time>" + HtmlPages.StoryParagraphs,
            head: "<meta name='parsely-pub-date' content='2016-12-21T23:49:10Z'>"));

        Assert.That(metadata.Published, Is.EqualTo(new DateTimeOffset(2016, 12, 21, 23, 49, 10, TimeSpan.Zero)));
    }

    // A page dated only in print: the first short box named for a date, in its header, not a teaser's.
    [TestCase("""<p class="published-date">December 12, 2016 7:00 AM</p>""", "2016-12-12T07:00:00Z")]
    [TestCase("""<li class="item content__meta__date">26.02.2020</li>""", "2020-02-26T00:00:00Z")]
    [TestCase("""<span class="date">Published: 8 January 2020, 3:51 pm</span>""", "2020-01-08T15:51:00Z")]
    [TestCase("""<div class="teaser"><span class="teaser__date">July 1, 2020</span></div><span class="article-date">18.03.2020</span>""", "2020-03-18T00:00:00Z")]
    [TestCase("""<span class="time">02/10/2020</span>""", null)]
    [TestCase("""<span class="runtime">Runs 2 hours</span>""", null)]
    public void Read_DatePrintedInADateBox_DatesAnUndatedPage(string inBody, string? expected)
    {
        PageMetadata metadata = ReadPage(HtmlPages.Page(inBody + HtmlPages.StoryParagraphs));

        Assert.That(metadata.Published, Is.EqualTo(expected is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
