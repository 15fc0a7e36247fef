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
}
