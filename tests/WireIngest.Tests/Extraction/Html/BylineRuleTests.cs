namespace WireIngest.Tests.Extraction.Html;

/// <summary>Focused tests of the byline rules (which element is the story's byline), each on a small page written for it.</summary>
[TestFixture]
public sealed class BylineRuleTests
{
    [TestCase("<address><span>Von</span> <span>Anna Berg und Tom Roth, dpa</span></address>", "Von Anna Berg und Tom Roth, dpa")]
    [TestCase("""<nav class="pst-by"><span>Edited by</span> <a href="/topic/swati-rao"><span itemprop="author"><span itemprop="name">Swati Rao</span></span></a></nav>""", "By Swati Rao")]
    [TestCase("""<nav class="authors-menu"><a href="/authors/a">Authors A–Z</a></nav>""", null)]
    [TestCase("""<p class="bloc_signature">Par <span itemprop="author"><a href="/journaliste/martin-roux/">Martin Roux</a> (avec Damien Lebrun et Morgane Tissot)</span></p>""", "By Martin Roux (avec Damien Lebrun et Morgane Tissot)")]
    [TestCase("""<div class="byline">By <a href="/author/t">Trevor Hunnicutt</a> and <a href="/author/m">Michael Martina</a>, Reuters</div>""", "By Trevor Hunnicutt and Michael Martina, Reuters")]
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

    [Test]
    public void Extract_RelatedStoriesInsideTheStoryBody_TheirBylinesDoNotReplaceTheHeadersAgencyByline()
    {
        // A "same topic" box opening the story body carries other stories' writers; the header's schema.org author is the story's.
        string byline = BylineOf(
            """
            <div class="info"><span class="author" itemprop="author"><a href="/auteur/2005-afp"><span itemprop="name">AFP</span></a></span></div>
            <aside class="related"><span>Sur le même sujet</span><ul>
              <li><div><a href="/monde/exode"><h2>A Katmandou, exode sous pression</h2></a><span class="author">Par<span class="authorname"> Lucie Marchand</span></span></div></li>
            </ul></aside>
            """)!;

        Assert.That(byline, Does.Contain("AFP").And.Not.Contain("Marchand"));
    }

    [Test]
    public void Extract_TeaserBylinesAfterTheStory_DoNotBeatTheHeaderBylineAgreeingWithMetaAuthor()
    {
        string byline = BylineOf(
            """<ul class="story-info"><li class="byline first"><span>by:</span> <cite class="author"> Laura Oak</cite></li><li class="source">From: Example Sun</li></ul>""",
            """
            <div class="story-block"><h4><a href="/opinion/doctor-knows-best">Doctor knows best</a></h4>
              <p class="standfirst"><span class="article-info"><em class="byline">JOE HILL </em></span> HOW is it that ideas that are patently absurd capture the imagination?</p></div>
            <div class="story-block"><h4><a href="/opinion/ikea">Good for some</a></h4>
              <p class="standfirst"><span class="article-info"><em class="byline">SUSAN OBER </em></span> THE good thing about flat-pack furniture is that it is cheap.</p></div>
            """,
            head: """<meta name="article:author" content="Laura Oak">""")!;

        Assert.That(byline, Does.Contain("Laura Oak").And.Not.Contain("JOE HILL").And.Not.Contain("SUSAN"));
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
