namespace WireIngest.Tests.Extraction.Html;

/// <summary>Focused tests of the headline rules that weigh the visible page against its metadata.</summary>
[TestFixture]
public sealed class HeadlineRuleTests
{
    private const string Headline = "Can the spread of the virus in Germany be contained?";

    private const string Agreed = "Israel and Gaza: news and developments in the Middle East conflict";

    private const string Latest = "Ceasefire talks resume in Cairo as aid convoy reaches Rafah";

    // A page whose JSON-LD headline and document title agree on the ticker's name while the page shows its heading.
    private static string TickerPage(string heading, string type = "NewsArticle") =>
        HtmlPages.Page(
            $"{heading}{HtmlPages.StoryParagraphs}",
            $$"""<script type="application/ld+json">{"@type":"{{type}}","headline":"{{Agreed}}"}</script>""")
        .Replace("<title>Story title | Example News</title>", $"<title>{Agreed} | Example News</title>", StringComparison.Ordinal);

    [Test]
    public void Extract_BreadcrumbH1ReadsKickerAndHeadlineThatAHeadingMarksApart_LeavesTheKickerOut()
    {
        string head = $"""<meta property="og:title" content="Covid-19: {Headline}">""";
        string html = HtmlPages.Page(
            $"""
            <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><h1>Covid-19: {Headline}</h1></li></ol>
            <header><h2><span class="content__kicker">Covid-19</span><span class="sr-only">: </span><span class="content__title">{Headline}</span></h2></header>
            {HtmlPages.StoryParagraphs}
            """,
            head);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo(Headline));
    }

    [Test]
    public void Extract_KickerMarkedHeadingDiffersFromMetadata_KeepsTheStoryH1()
    {
        string head = $"""<meta property="og:title" content="Covid-19: {Headline}">""";
        string html = HtmlPages.Page(
            $"""
            <h1>Covid-19: {Headline}</h1>
            <h2><span class="kicker">Explainer</span> How the tests work</h2>
            {HtmlPages.StoryParagraphs}
            """,
            head);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo($"Covid-19: {Headline}"));
    }

    [TestCase("""<div class="flag flag--live"><span>Live</span></div>""")]
    [TestCase("""<span class="badge">LIVE</span>""")]
    [TestCase("""<p>● Liveticker</p>""")]
    public void Extract_LiveFlaggedH1AndMetadataAgreeingOnAnotherHeadline_UsesTheAgreedHeadline(string badge)
    {
        string html = TickerPage($"""<div class="headline">{badge}<h1><span>{Latest}</span></h1></div>""");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo(Agreed));
    }

    [Test]
    public void Extract_LiveBlogPostingTypeAndAgreedMetadata_UsesTheAgreedHeadline()
    {
        string html = TickerPage($"<h1>{Latest}</h1>", "LiveBlogPosting");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo(Agreed));
    }

    [TestCase("<div class=\"headline\"><h1>" + Latest + "</h1></div>")]
    [TestCase("<div class=\"headline\"><span class=\"flag\">Analysis</span><h1>" + Latest + "</h1></div>")]
    public void Extract_H1WithoutLiveFlagDiffersFromAgreedMetadata_KeepsTheVisibleH1(string heading)
    {
        Assert.That(HtmlPages.Extract(TickerPage(heading)).Headline, Is.EqualTo(Latest));
    }

    [Test]
    public void Extract_NoStoryH1AndTitleDiffersFromTheArticleHeaderH2_UsesTheVisibleH2()
    {
        string html = HtmlPages.Page(
            $"""
            <header class="article-header"><h2>Allies pledge air defence for Kyiv</h2></header>
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            """).Replace("<title>Story title | Example News</title>", "<title>You won't believe what NATO just did!</title>", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Allies pledge air defence for Kyiv"));
    }

    [Test]
    public void Extract_NoStoryH1AndH2OnlyAfterTheText_UsesMetadata()
    {
        string html = HtmlPages.Page(
            $"""
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            <header class="more"><h2>More from World news today</h2></header>
            """).Replace("<title>Story title | Example News</title>", "<title>Allies pledge air defence for Kyiv</title>", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Allies pledge air defence for Kyiv"));
    }
}
