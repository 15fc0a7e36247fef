using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlArticleExtractorTests
{
    private const string SyndicatedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>NATO allies weigh support for Ukraine - Japan Today</title>
          <meta property="og:site_name" content="Japan Today">
          <meta property="og:title" content="NATO allies weigh support for Ukraine">
          <link rel="canonical" href="https://example.org/national/nato-allies">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"NATO allies weigh support for Ukraine",
           "datePublished":"2024-11-29T10:15:00+09:00","dateModified":"2024-11-29T12:00:00+09:00",
           "author":{"@type":"Organization","name":"Reuters"},"publisher":{"@type":"Organization","name":"Japan Today"}}
          </script>
        </head>
        <body>
          <div class="ad-banner">Get your ticket to the Expo 2024</div>
          <nav class="main-nav"><a href="/">Home</a> <a href="/national">National</a> <a href="/world">World</a></nav>
          <article class="post">
            <figure class="lead-photo">
              <img src="https://example.org/photo.jpg" alt="">
              <figcaption>FILE PHOTO: NATO flags fly at the alliance headquarters in Brussels. <span class="credit">REUTERS/Alina Smutko/File Photo</span></figcaption>
            </figure>
            <div class="category">world</div>
            <h1>NATO allies weigh support for Ukraine</h1>
            <a class="comment-count" href="#comments">10 Comments</a>
            <div class="byline">By John Irish and Tom Balmforth</div>
            <div class="article-body">
              <p>NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries of air defence systems.</p>
              <p>The meeting in Brussels came as Russian forces pressed an offensive in the east, and officials said the alliance would stand by Kyiv for as long as it takes.</p>
              <div class="share-bar"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Facebook</a></div>
              <p>"We must do more, and we must do it now," one minister said, adding that stocks of munitions were running low across the alliance.</p>
              <p>© Thomson Reuters 2024.</p>
            </div>
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Another story about NATO</a></li><li><a href="/b">A story about Brussels</a></li></ul></div>
          </article>
          <section id="comments" class="comments">
            <div class="comment"><p>Reader opinion that must never reach the body of the story, however long it is.</p><span>-4 ( +4 / -8 )</span></div>
          </section>
          <footer><p>©2024 GPlusMedia Inc.</p></footer>
        </body>
        </html>
        """;

    private static readonly string[] ExpectedCopyrightLines = ["© Thomson Reuters 2024.", "©2024 GPlusMedia Inc."];

    private static readonly string[] ExpectedStandfirstStart =
    [
        "Ministers meet in Brussels as allies press for faster deliveries of air defence.",
        "NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries of air defence systems.",
    ];

    private static readonly BodyBlockKind[] ExpectedKinds =
    [
        BodyBlockKind.Paragraph, BodyBlockKind.Paragraph, BodyBlockKind.Paragraph, BodyBlockKind.Paragraph,
        BodyBlockKind.Subhead, BodyBlockKind.ListItem, BodyBlockKind.ListItem,
        BodyBlockKind.OrderedListItem, BodyBlockKind.OrderedListItem, BodyBlockKind.Quote,
    ];

    private static readonly string[] ExpectedStormParagraphs =
    [
        "A storm hit the coast on Monday, cutting power to thousands of homes, officials said.",
        "Emergency crews worked through the night, and schools stayed closed on Tuesday.",
        "Forecasters said more rain was expected, with winds easing by the weekend.",
    ];

    [TestCase("<!DOCTYPE html><html><body></body></html>", true)]
    [TestCase("\uFEFF<!doctype html>\n<html>", true)]
    [TestCase("   \n<html lang=\"en\"><head>", true)]
    [TestCase("<head><meta charset=\"utf-8\">", true)]
    [TestCase("<div class=\"story\"><p>Text</p></div>", true)]
    [TestCase("<p>Just a paragraph</p>", true)]
    [TestCase("<?xml version=\"1.0\"?>\n<nitf><head/></nitf>", false)]
    [TestCase("<?xml version=\"1.0\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">", false)]
    [TestCase("<rss version=\"2.0\"><channel>", false)]
    [TestCase("<feed xmlns=\"http://www.w3.org/2005/Atom\">", false)]
    [TestCase("<NewsML Version=\"1.2\">", false)]
    [TestCase("BRUSSELS, Nov 29 (Reuters) - NATO foreign ministers", false)]
    [TestCase("{\"uri\": \"urn:x\"}", false)]
    public void CanExtract_Head_TellsHtml(string head, bool expected)
    {
        Assert.That(new HtmlArticleExtractor().CanExtract(Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
    }

    [Test]
    public void Format_IsHtml() => Assert.That(new HtmlArticleExtractor().Format, Is.EqualTo(DocumentFormats.Html));

    [Test]
    public void Extract_SyndicatedAgencyStory_ReadsStoryAndMetadata()
    {
        ExtractedArticle article = HtmlPages.Extract(SyndicatedPage);

        Assert.Multiple(() =>
        {
            Assert.That(article.Format, Is.EqualTo(DocumentFormats.Html));
            Assert.That(article.Headline, Is.EqualTo("NATO allies weigh support for Ukraine"));
            Assert.That(article.Byline, Is.EqualTo("By John Irish and Tom Balmforth"));
            Assert.That(article.Agency, Is.EqualTo("Reuters"));
            Assert.That(article.Syndicator, Is.EqualTo("Japan Today"));
            Assert.That(article.CommentCount, Is.EqualTo(10));
            Assert.That(article.Language, Is.EqualTo("en"));
            Assert.That(article.CanonicalUrl, Is.EqualTo("https://example.org/national/nato-allies"));
            Assert.That(article.FirstCreated, Is.EqualTo(new DateTimeOffset(2024, 11, 29, 10, 15, 0, TimeSpan.FromHours(9))));
            Assert.That(article.VersionCreated, Is.EqualTo(new DateTimeOffset(2024, 11, 29, 12, 0, 0, TimeSpan.FromHours(9))));
        });
    }

    [Test]
    public void Extract_SyndicatedAgencyStory_BodyHoldsOnlyStoryParagraphs()
    {
        ExtractedArticle article = HtmlPages.Extract(SyndicatedPage);
        string body = string.Join("\n", article.Body.Select(b => b.Text));

        Assert.Multiple(() =>
        {
            Assert.That(article.Body, Has.Count.EqualTo(3));
            Assert.That(article.Body.All(b => b.Kind == BodyBlockKind.Paragraph), Is.True);
            Assert.That(article.Body[0].Text, Does.StartWith("NATO foreign ministers met on Tuesday"));
            Assert.That(body, Does.Not.Contain("Reader opinion"), "reader comments");
            Assert.That(body, Does.Not.Contain("Share on X"), "share bar");
            Assert.That(body, Does.Not.Contain("Another story"), "related links");
            Assert.That(body, Does.Not.Contain("Expo"), "ad line");
            Assert.That(body, Does.Not.Contain("©"), "copyright lines are kept apart");
        });
    }

    [Test]
    public void Extract_SyndicatedAgencyStory_KeepsPictureCaptionAndCreditApart()
    {
        ExtractedArticle article = HtmlPages.Extract(SyndicatedPage);

        Assert.That(article.Pictures, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(article.Pictures[0].Caption, Is.EqualTo("FILE PHOTO: NATO flags fly at the alliance headquarters in Brussels."));
            Assert.That(article.Pictures[0].Credit, Is.EqualTo("REUTERS/Alina Smutko/File Photo"));
            Assert.That(article.Pictures[0].Href, Is.EqualTo("https://example.org/photo.jpg"));
        });
    }

    [Test]
    public void Extract_SyndicatedAgencyStory_KeepsAgencyAndPublisherCopyrightInPageOrder()
    {
        ExtractedArticle article = HtmlPages.Extract(SyndicatedPage);

        Assert.That(article.CopyrightLines, Is.EqualTo(ExpectedCopyrightLines));
    }

    [Test]
    public void Extract_SubheadsListsAndQuotes_KeepTheirKinds()
    {
        string html = HtmlPages.Page($"""
            <h1>Budget talks resume</h1>
            <div class="story-body">
              {HtmlPages.StoryParagraphs}
              <h2>What is on the table</h2>
              <ul><li>A new fund for air defence, worth several billion euros over three years</li><li>Longer training missions for Ukrainian pilots and crews</li></ul>
              <ol><li>First, a vote by finance ministers next week</li><li>Then approval by the leaders at their December summit</li></ol>
              <blockquote><p>We will not let this drag on into next year, whatever it takes.</p></blockquote>
            </div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Kind), Is.EqualTo(ExpectedKinds));
        Assert.That(article.Body[4].Text, Is.EqualTo("What is on the table"));
    }

    [Test]
    public void Extract_StandfirstInArticleHeader_LeadsTheBody()
    {
        string html = HtmlPages.Page($"""
            <header class="article-header">
              <h1>Alliance weighs new aid</h1>
              <p class="article-excerpt">Ministers meet in Brussels as allies press for faster deliveries of air defence.</p>
            </header>
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text).Take(2), Is.EqualTo(ExpectedStandfirstStart));
    }

    [Test]
    public void Extract_ScriptRenderedPage_UsesJsonLdArticleBody()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Alliance weighs new aid",
             "articleBody":"NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries.\nThe meeting in Brussels came as Russian forces pressed an offensive in the east, officials said on Tuesday evening."}
            </script></head><body><div id="root"></div><script>render()</script></body></html>
            """;

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Alliance weighs new aid"));
            Assert.That(article.Body, Has.Count.EqualTo(2));
            Assert.That(article.Body[1].Text, Does.StartWith("The meeting in Brussels"));
        });
    }

    [Test]
    public void Extract_VisibleStory_WinsOverJsonLdArticleBody()
    {
        string html = HtmlPages.Page(
            $"<h1>Alliance weighs new aid</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"A different, older text of the story that only the metadata carries, long enough to count as a body on its own, and then some more words to pass the threshold of two hundred characters for sure."}</script>""");

        Assert.That(HtmlPages.Extract(html).Body[0].Text, Does.StartWith("NATO foreign ministers"));
    }

    [Test]
    public void Extract_EntitiesAndSpaces_AreDecodedAndNormalised()
    {
        string html = HtmlPages.Page($"""
            <h1>Caf&eacute; prices rise</h1>
            <div class="article-content">
              <p>Prices at the caf&eacute;&nbsp;&nbsp;rose by 5&#8201;% &amp; more,
                 owners said on&#x20;Monday, after a difficult year.</p>
              {HtmlPages.StoryParagraphs}
            </div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Café prices rise"));
            Assert.That(article.Body[0].Text, Is.EqualTo("Prices at the café rose by 5 % & more, owners said on Monday, after a difficult year."));
        });
    }

    [Test]
    public void Extract_BreakSeparatedText_SplitsParagraphsAtDoubleBreaks()
    {
        string html = HtmlPages.Page("""
            <h1>Storm hits the coast</h1>
            <div class="entry-content">A storm hit the coast on Monday, cutting power to thousands of homes, officials said.<br><br>
            Emergency crews worked through the night, and schools stayed closed on Tuesday.<br><br>
            Forecasters said more rain was expected, with winds easing by the weekend.</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(ExpectedStormParagraphs));
    }

    [Test]
    public void Extract_StoryOutsideAnyArticleElement_IsFoundByTextDensity()
    {
        string html = $"""
            <html><body>
              <div id="top"><a href="/a">Home</a> | <a href="/b">News</a> | <a href="/c">Sport</a> | <a href="/d">Weather</a></div>
              <div id="left"><ul><li><a href="/1">Most read one</a></li><li><a href="/2">Most read two</a></li><li><a href="/3">Most read three</a></li></ul></div>
              <div id="x1"><div id="x2"><h1>Alliance meets</h1>{HtmlPages.StoryParagraphs}</div></div>
              <div id="bottom"><p>Short footer note.</p></div>
            </body></html>
            """;

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body, Has.Count.EqualTo(4));
        Assert.That(article.Body[^1].Text, Does.StartWith("Diplomats said"));
    }

    [Test]
    public void Extract_MetadataHeadlineShownOnPage_UsesVisibleHeading()
    {
        string html = HtmlPages.Page(
            $"<h1>Alliance weighs new aid</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: "<meta property=\"og:title\" content=\"Alliance weighs new aid\">");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Alliance weighs new aid"));
    }

    [Test]
    public void Extract_HeadingShowsKickerBeforeMetadataHeadline_UsesMetadataHeadline()
    {
        string html = HtmlPages.Page(
            $"<h1><span>Ukraine war:</span> Alliance weighs new aid for Kyiv</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: "<meta property=\"og:title\" content=\"Alliance weighs new aid for Kyiv\">");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Alliance weighs new aid for Kyiv"));
    }

    // Open Graph and JSON-LD agree on a headline: it wins when the story's h1 shows it after a kicker element, not when the page never shows it.
    [TestCase("<div class=\"lead\"><div class=\"keyword\">After the summit</div><h1>Alliance weighs new aid</h1></div>", "After the summit: Alliance weighs new aid", "After the summit: Alliance weighs new aid")]
    [TestCase("<h1>Allies pledge air defence</h1>", "SEO title about air defence", "Allies pledge air defence")]
    public void Extract_MetadataSourcesAgreeOnHeadline_UsedOnlyWhenShown(string heading, string agreed, string expected)
    {
        string html = HtmlPages.Page(
            $"{heading}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: $"<meta property=\"og:title\" content=\"{agreed}\">"
                + $$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"{{agreed}}"}</script>""");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_MetadataDisagreesWithVisibleHeading_VisibleHeadingWins()
    {
        string html = HtmlPages.Page(
            $"<h1>Allies pledge air defence</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: "<meta property=\"og:title\" content=\"SEO title about something else\">");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Allies pledge air defence"));
    }

    [Test]
    public void Extract_NoVisibleHeading_UsesMetadataHeadline()
    {
        string html = HtmlPages.Page(
            $"<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: "<meta property=\"og:title\" content=\"Allies pledge air defence\">");

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Allies pledge air defence"));
    }

    [Test]
    public void Extract_NoHeadingNoOpenGraph_UsesTitleWithoutSiteName()
    {
        string html = HtmlPages.Page($"<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Story title"));
            Assert.That(article.Syndicator, Is.EqualTo("Example News"));
        });
    }

    [TestCase("<div class=\"byline\">By <a href=\"/author/jane-doe\">Jane Doe</a> and <a href=\"/author/li-wei\">Li Wei</a></div>", "By Jane Doe and Li Wei")]
    [TestCase("<div class=\"byline\"><span>By Jane Doe</span> <time>Nov 29, 2024 10:15 AM</time></div>", "By Jane Doe")]
    [TestCase("<p class=\"author\"><span>Jane Doe</span><span>Senior Correspondent</span></p>", "Jane Doe")]
    [TestCase("<div class=\"byline\">By Jane Doe | 5 min read</div>", "By Jane Doe")]
    [TestCase("<div class=\"byline\"><span class=\"label\">News</span> By Jane Doe</div>", "By Jane Doe")]
    [TestCase("<div class=\"byline\">By Jane Doe, <a href=\"/author/li-wei\">Li Wei</a> and Sam Roe</div>", "By Jane Doe, Li Wei, and Sam Roe")]
    [TestCase("<div class=\"byline\">By <a href=\"/author/li-wei\">Li Wei</a> <button>Link Copied</button> <a href=\"/share\">WhatsApp</a></div>", "By Li Wei")]
    [TestCase("<div class=\"authors\"><a href=\"/author/li-wei\">Li Wei</a><a href=\"/pubmed?term=Li\">PubMed</a> <a href=\"/scholar\">Google Scholar</a></div>", "By Li Wei")]
    [TestCase("<div class=\"author\"><a href=\"/jane-doe-profile\" class=\"author-name\">Jane Doe<span>@janedoe</span></a></div>", "By Jane Doe")]
    [TestCase("<div class=\"byline\">By Jane Doe | jdoe@example.com</div>", "By Jane Doe")]
    public void Extract_VisibleByline_IsReadAsShownWithoutDatesAndTitles(string byline, string expected)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1>{byline}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_NoVisibleByline_UsesJsonLdPersonAuthors()
    {
        string html = HtmlPages.Page(
            $"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Li Wei"}]}</script>""");

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline, Is.EqualTo("By Jane Doe and Li Wei"));
            Assert.That(article.Agency, Is.Null, "people are not agencies");
        });
    }

    [Test]
    public void Extract_BylineInsideCardLinkingToAnotherStory_IsNotTheStoryByline()
    {
        string card = "<a href=\"/other-story\"><div class=\"headline\">A different story about something else entirely</div><div class=\"byline\">By Someone Else</div></a>";
        string html = HtmlPages.Page($"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}{card}</div>");

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
    }

    [Test]
    public void Extract_RelatedStoryByline_IsNotTheStoryByline()
    {
        string html = HtmlPages.Page(
            $"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            after: "<div class=\"related-stories\"><div class=\"card\"><a href=\"/x\">Other story</a><span class=\"byline\">By Someone Else</span></div></div>");

        Assert.That(HtmlPages.Extract(html).Byline, Is.Null);
    }

    [TestCase("<meta name=\"author\" content=\"Reuters\">", "Reuters")]
    [TestCase("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Associated Press"}}</script>""", "AP")]
    [TestCase("<meta name=\"author\" content=\"Deutsche Presse-Agentur\">", "dpa")]
    [TestCase("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","provider":{"@type":"Organization","name":"AFP"}}]}</script>""", "AFP")]
    [TestCase("<meta name=\"author\" content=\"Jane Doe\">", null)]
    public void Extract_AgencyInPageMetadata_IsReported(string head, string? agency)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>", head: head);

        Assert.That(HtmlPages.Extract(html).Agency, Is.EqualTo(agency));
    }

    [TestCase("<span class=\"count\">3 Comments</span>", 3)]
    [TestCase("<a href=\"#c\">Comments (12)</a>", 12)]
    [TestCase("<span itemprop=\"commentCount\">7</span>", 7)]
    [TestCase("<span>No comments yet? Be the first</span>", null)]
    public void Extract_CommentCounter_IsRead(string counter, int? expected)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1>{counter}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        Assert.That(HtmlPages.Extract(html).CommentCount, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_CreditInDataAttribute_IsThePictureCredit()
    {
        string html = HtmlPages.Page($"""
            <h1>Headline here</h1>
            <figure data-credit="AP Photo/Jane Doe"><img src="/a.jpg"><figcaption>Crowds gather in the square.</figcaption></figure>
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            """);

        RawPicture picture = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((picture.Caption, picture.Credit), Is.EqualTo(("Crowds gather in the square.", "AP Photo/Jane Doe")));
    }

    [Test]
    public void Extract_CaptionBoxWithoutFigure_IsAPicture()
    {
        string html = HtmlPages.Page($"""
            <h1>Headline here</h1>
            <div class="image-box"><img src="/a.jpg"><div class="image-text"><span class="img-caption">Crowds gather in the square.</span><span class="img-source">Jane Doe/dpa</span></div></div>
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            """);

        RawPicture picture = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((picture.Caption, picture.Credit), Is.EqualTo(("Crowds gather in the square.", "Jane Doe/dpa")));
    }

    [Test]
    public void Extract_CreditPartlyMarkedUp_RunsToCaptionEnd()
    {
        string html = HtmlPages.Page($"""
            <h1>Headline here</h1>
            <figure><img src="/a.jpg"><figcaption>Crowds gather in the square. <span class="credit">Photo by Jane Doe</span> /Example Media</figcaption></figure>
            <div class="article-body">{HtmlPages.StoryParagraphs}</div>
            """);

        RawPicture picture = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((picture.Caption, picture.Credit), Is.EqualTo(("Crowds gather in the square.", "Photo by Jane Doe /Example Media")));
    }

    [Test]
    public void Extract_NoVisiblePicture_UsesJsonLdImageCredit()
    {
        string html = HtmlPages.Page(
            $"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://example.org/i.jpg","caption":"The square","creditText":"Jane Doe/AFP"}}</script>""");

        RawPicture picture = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((picture.Caption, picture.Credit, picture.Href), Is.EqualTo(("The square", "Jane Doe/AFP", "https://example.org/i.jpg")));
    }

    [TestCase("<html lang=\"de-CH\"><body>", "de-CH")]
    [TestCase("<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head><body>", "fr-FR")]
    [TestCase("<html><head><meta http-equiv=\"content-language\" content=\"es\"></head><body>", "es")]
    [TestCase("<html><body>", null)]
    public void Extract_DocumentLanguage_IsRead(string start, string? language)
    {
        string html = $"{start}<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div></body></html>";

        Assert.That(HtmlPages.Extract(html).Language, Is.EqualTo(language));
    }
}
