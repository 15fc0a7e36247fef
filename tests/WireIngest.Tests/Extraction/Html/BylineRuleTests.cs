namespace WireIngest.Tests.Extraction.Html;

/// <summary>Focused tests of the byline rules (which element is the story's byline), each on a small page written for it.</summary>
[TestFixture]
public sealed class BylineRuleTests
{
    [TestCase("<address><span>Von</span> <span>Anna Berg und Tom Roth, dpa</span></address>", "Von Anna Berg und Tom Roth, dpa")]
    [TestCase("""<nav class="pst-by"><span>Edited by</span> <a href="/topic/swati-rao"><span itemprop="author"><span itemprop="name">Swati Rao</span></span></a></nav>""", "By Swati Rao")]
    [TestCase("""<nav class="authors-menu"><a href="/authors/a">Authors A–Z</a></nav>""", null)]
    [TestCase("""<p class="bloc_signature">Par <span itemprop="author"><a href="/journaliste/martin-roux/">Martin Roux</a> (avec Damien Lebrun et Morgane Tissot)</span></p>""", "By Martin Roux (avec Damien Lebrun et Morgane Tissot)")]
    public void Extract_BylineMarkupAboveTheStory_IsReadAsTheByline(string markup, string? expected)
    {
        // address: HTML's element for the story's author; nav: only with schema.org author markup; bracketed co-authors are kept.
        Assert.That(BylineOf(markup), Is.EqualTo(expected));
    }

    [TestCase("""<p rel="author">© dpa-infocom, dpa:240516-99-53606/3 (dpa)</p>""")]
    [TestCase("""<p rel="author">Copyright 2024 Example Media</p>""")]
    [TestCase("""<p>Shareholders could still side with the chief executive, <a href="/people/m/mara-lind/">Mara Lind</a>, and vote down the deal, which would cost a termination fee of $15 million.</p>""")]
    [TestCase("<p>By the end of the year</p>")]
    public void Extract_BelowTheStory_CopyrightLineProseMentionOrSentence_IsNoByline(string after)
    {
        Assert.That(BylineOf(string.Empty, after), Is.Null);
    }

    [TestCase("""<meta name="twitter:misc:Written by" content="Dieter Berg">""")]
    [TestCase("""<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dieter Berg">""")]
    [TestCase("""<meta name="author" content="Dieter Berg">""")]
    public void Extract_AuthorBoxAgreeingWithMetaAuthor_BeatsInitialsInsideTheStory(string meta)
    {
        string html = $"""
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>Dax falls</title>{meta}</head>
            <body>
              <section class="meta-data"><div id="authors"><span>Dieter Berg</span></div></section>
              <article>
                <h1>Dax falls as US yields rise</h1>
                <h5 class="authorshort">db Frankfurt</h5>
                {HtmlPages.StoryParagraphs}
              </article>
            </body></html>
            """;

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("Dieter Berg"));
    }

    [Test]
    public void Extract_AuthorLinksAboveAndBelowTheStory_OnlyThoseAboveAreTheByline()
    {
        string byline = BylineOf(
            """<div class="meta"><a href="/autor/ana-ruiz/">Ana Ruiz</a> <span>Bruselas</span></div>""",
            """<section class="w-rel"><h3>Más información</h3><div><h3><a href="/2024/10/14/italy/">Italy starts deporting migrants</a></h3><a href="/autor/ines-gil/">Inés Gil</a></div></section>""")!;

        Assert.That(byline, Is.EqualTo("By Ana Ruiz"));
    }

    [Test]
    public void Extract_OnlyOpenGraphArticleAuthor_IsTheByline()
    {
        Assert.That(BylineOf(string.Empty, head: """<meta property="og:article:author" content="Example News">"""), Is.EqualTo("Example News"));
    }

    [TestCase("<p><strong>Jane Roe/John Doe</strong></p>", "Jane Roe/John Doe")]
    [TestCase("<p>&nbsp;</p><p><b>Mohloai Mpesi</b></p>", "Mohloai Mpesi")]
    [TestCase("<p><strong>Pleas fall on deaf ears</strong></p>", "By Example Times")]
    [TestCase("<p>Jane Roe</p>", "By Example Times")]
    public void Extract_SiteBylineAndLineOpeningTheStory_OnlyBoldNamesReplaceIt(string opening, string expected)
    {
        string byline = BylineOf($"""
            <div class="byline">by <a rel="author" href="/author/site/">Example Times</a></div>
            <div class="entry-content">{opening}{HtmlPages.StoryParagraphs}</div>
            """)!;

        Assert.That(byline, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_PlainByLineInTheStoryContainer_IsTheBylineWithoutItsSections()
    {
        string? byline = BylineOf(
            string.Empty,
            """<p class="text-sm">By TPN, in <a href="/news/news">News</a>, <a href="/news/business">Business</a> <span>31 Jan 2025, 20:02</span> &middot; <a href="#comments">0 Comments</a></p>""");

        Assert.That(byline, Is.EqualTo("By TPN"));
    }

    // The story page with markup before and after the story's paragraphs; the extractor's byline.
    private static string? BylineOf(string before, string after = "", string head = "") =>
        HtmlPages.Extract(HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            {before}
            {HtmlPages.StoryParagraphs}
            {after}
            """, head: head)).Byline;
}
