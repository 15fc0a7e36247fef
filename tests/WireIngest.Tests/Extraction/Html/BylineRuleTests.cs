namespace WireIngest.Tests.Extraction.Html;

/// <summary>Focused tests of the byline rules (which element is the story's byline), each on a small page written for it.</summary>
[TestFixture]
public sealed class BylineRuleTests
{
    [Test]
    public void Extract_AddressElementInsideStory_IsTheByline()
    {
        string html = HtmlPages.Page($"""
            <h1>Fury and Usyk fight for the title</h1>
            <address><span>Von</span> <span>Anna Berg und Tom Roth, dpa</span></address>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("Von Anna Berg und Tom Roth, dpa"));
    }

    [TestCase("© dpa-infocom, dpa:240516-99-53606/3 (dpa)")]
    [TestCase("Copyright 2024 Example Media")]
    public void Extract_CopyrightLineMarkedUpAsAuthor_IsNotTheByline(string notice)
    {
        string html = HtmlPages.Page($"""
            <h1>Fury and Usyk fight for the title</h1>
            {HtmlPages.StoryParagraphs}
            <p rel="author">{notice}</p>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
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
        string html = HtmlPages.Page($"""
            <h1>Brussels weighs migrant centres</h1>
            <div class="meta"><a href="/autor/ana-ruiz/">Ana Ruiz</a> <span>Bruselas</span></div>
            {HtmlPages.StoryParagraphs}
            <section class="w-rel"><h3>Más información</h3>
              <div><h3><a href="/2024/10/14/italy/">Italy starts deporting migrants</a></h3><a href="/autor/ines-gil/">Inés Gil</a></div>
            </section>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Ana Ruiz"));
    }

    [Test]
    public void Extract_LinkedNameWithCoAuthorsInBrackets_KeepsTheWholeByline()
    {
        string html = HtmlPages.Page($"""
            <h1>Deputies adopt the intelligence bill</h1>
            <p class="bloc_signature"><span class="signature_article">Par <span itemprop="author"><a href="/journaliste/martin-roux/">Martin Roux</a> (avec Damien Lebrun et Morgane Tissot)</span></span></p>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Martin Roux (avec Damien Lebrun et Morgane Tissot)"));
    }

    [Test]
    public void Extract_PersonLinkedOnlyInsideAStorySentence_IsNotAnAuthor()
    {
        string html = HtmlPages.Page($"""
            <h1>Yahoo sale nears its end</h1>
            {HtmlPages.StoryParagraphs}
            <p>Shareholders could still side with the chief executive, <a href="/people/m/mara-lind/">Mara Lind</a>, and vote down the deal, which would cost a termination fee of $15 million.</p>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
    }

    [Test]
    public void Extract_NavHoldingSchemaAuthorMarkup_IsTheByline()
    {
        string html = HtmlPages.Page($"""
            <h1>Lockdown extended in three states</h1>
            <nav class="pst-by"><span>Edited by</span> <a href="/topic/swati-rao"><span itemprop="author"><span itemprop="name">Swati Rao</span></span></a></nav>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Swati Rao"));
    }

    [Test]
    public void Extract_NavWithoutAuthorMarkup_IsNotTheByline()
    {
        string html = HtmlPages.Page($"""
            <h1>Lockdown extended in three states</h1>
            <nav class="authors-menu"><a href="/authors/a">Authors A–Z</a></nav>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
    }

    [Test]
    public void Extract_OnlyOpenGraphArticleAuthor_IsTheByline()
    {
        string html = HtmlPages.Page(
            $"<h1>Obama admits gun laws are his biggest frustration</h1>{HtmlPages.StoryParagraphs}",
            head: """<meta property="og:article:author" content="Example News">""");

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("Example News"));
    }

    [TestCase("<p><strong>Jane Roe/John Doe</strong></p>", "Jane Roe/John Doe")]
    [TestCase("<p>&nbsp;</p><p><b>Mohloai Mpesi</b></p>", "Mohloai Mpesi")]
    public void Extract_SiteBylineAndBoldNamesOpeningTheStory_TheNamesAreTheByline(string head, string expected)
    {
        string html = HtmlPages.Page($"""
            <h1>Mining blasts shatter homes</h1>
            <div class="byline">by <a rel="author" href="/author/site/">Example Times</a></div>
            <div class="entry-content">{head}{HtmlPages.StoryParagraphs}</div>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo(expected));
    }

    [TestCase("<p><strong>Pleas fall on deaf ears</strong></p>")]
    [TestCase("<p>Jane Roe</p>")]
    public void Extract_SiteBylineAndOpeningLineThatIsNoBoldNameList_KeepsTheSiteByline(string head)
    {
        string html = HtmlPages.Page($"""
            <h1>Mining blasts shatter homes</h1>
            <div class="byline">by <a rel="author" href="/author/site/">Example Times</a></div>
            <div class="entry-content">{head}{HtmlPages.StoryParagraphs}</div>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Example Times"));
    }

    [Test]
    public void Extract_PlainByLineInTheStoryContainer_IsTheBylineWithoutItsSections()
    {
        string html = HtmlPages.Page($"""
            <h1>Demand for Alpine homes rises</h1>
            {HtmlPages.StoryParagraphs}
            <p class="text-sm">By TPN, in <a href="/news/news">News</a>, <a href="/news/business">Business</a> <span>31 Jan 2025, 20:02</span> &middot; <a href="#comments">0 Comments</a></p>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By TPN"));
    }

    [Test]
    public void Extract_StorySentenceStartingWithBy_IsNotAByline()
    {
        string html = HtmlPages.Page($"""
            <h1>Demand for Alpine homes rises</h1>
            {HtmlPages.StoryParagraphs}
            <p>By the end of the year</p>
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
    }
}
