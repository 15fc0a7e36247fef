using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>Focused tests of the headline, byline and body rules, each on a small page written for it.</summary>
[TestFixture]
public sealed class HtmlQualityRuleTests
{
    [TestCase("overline")]
    [TestCase("article-kicker")]
    [TestCase("dachzeile")]
    public void Extract_KickerMarkedUpInsideHeading_HeadlineLeavesItOut(string kickerClass)
    {
        string html = HtmlPages.Page($"""
            <h1><span class="{kickerClass}">Future of work</span>"We are rearranging the deck chairs on the Titanic"</h1>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("\"We are rearranging the deck chairs on the Titanic\""));
    }

    [Test]
    public void Extract_HeadingStartsWithPlainSpan_KeepsWholeHeading()
    {
        string html = HtmlPages.Page($"""
            <h1><span>Allies</span> pledge air defence for Kyiv</h1>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Allies pledge air defence for Kyiv"));
    }

    [Test]
    public void Extract_BreadcrumbH1ShowsTheHeadlineMetadataAgreesOn_UsesIt()
    {
        const string head = """
            <meta property="og:title" content="Commuters pay 60 percent less">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Commuters save 60 percent on bus and rail"}</script>
            """;
        string html = HtmlPages.Page(
            $"""
            <nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><h1>Commuters pay 60 percent less</h1></li></ul></nav>
            <h2>Commuters save 60 percent on bus and rail</h2>
            {HtmlPages.StoryParagraphs}
            """,
            head).Replace("<title>Story title | Example News</title>", "<title>Commuters pay 60 percent less</title>", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo("Commuters pay 60 percent less"));
    }

    [Test]
    public void Collect_SidebarNamedWrapperHoldingTheNamedStoryBody_IsReadAsLayout()
    {
        string filler = string.Join(" ", Enumerable.Repeat("Programme of the summit, delegations and the venue of each session.", 25));
        string html = $"""
            <html><body><main>
              <div class="hero"><div class="hero-text">{filler}</div></div>
              <div class="sidebar-grid"><div class="sidebar-grid__content article__content">{HtmlPages.StoryParagraphs}</div></div>
            </main></body></html>
            """;

        Assert.That(CollectMain(html), Has.Some.StartsWith("NATO foreign ministers met on Tuesday"));
    }

    [Test]
    public void Collect_SidebarWithoutStoryBody_StaysOut()
    {
        string html = $"""
            <html><body><main>
              <div class="story">{HtmlPages.StoryParagraphs}{HtmlPages.StoryParagraphs.Replace("NATO", "The alliance", StringComparison.Ordinal)}</div>
              <div class="sidebar"><p>Most read: a list of other stories that readers opened today on the site.</p></div>
            </main></body></html>
            """;

        Assert.That(CollectMain(html), Has.None.StartsWith("Most read"));
    }

    [Test]
    public void Extract_BylineBoxOnlyInATeaserOutsideTheStory_UsesTheStorysAuthorLink()
    {
        string html = HtmlPages.Page(
            $"""
            <h1>Allies pledge air defence</h1>
            <div class="story-info"><span>By <a href="/author/kathy-wise">Kathy Wise</a></span></div>
            {HtmlPages.StoryParagraphs}
            """).Replace("</main>", """</main><div class="widget"><a class="byline" href="/author/michael-mooney">Michael Mooney</a></div>""", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Kathy Wise"));
    }

    [Test]
    public void Extract_NameWrapperAroundSeveralAuthorLinks_ReadsEachName()
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence</h1>
            <p class="byline" itemprop="author"><span itemprop="name"><a href="/author/ann-lee">Ann Lee</a> <a href="/author/bo-kim">Bo Kim</a></span></p>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Ann Lee and Bo Kim"));
    }

    [Test]
    public void Extract_BylineBoxBeforeTheStoryContainer_BeatsAuthorLinksInPromosInsideIt()
    {
        string html = HtmlPages.Page($"""
            <div class="story-body">
              {HtmlPages.StoryParagraphs}
              <div class="box"><footer class="meta">By <a href="/staff/jake-sherman">Jake Sherman</a></footer></div>
            </div>
            """).Replace("<main>", """<main><header><h1>Allies pledge air defence</h1><p class="story-meta__authors">By Ally Mutnick</p></header>""", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Ally Mutnick"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Extract_UnnamedSubheadingRepeatingTheMetaDescription_IsTheStandfirst(bool describedInMetadata)
    {
        const string summary = "Ministers meet in Brussels as allies press for faster deliveries of air defence.";
        string head = describedInMetadata ? $"""<meta name="description" content="{summary}">""" : string.Empty;
        string html = HtmlPages.Page(
            $"""
            <header><h1>Allies pledge air defence</h1><h2>{summary}</h2></header>
            <div class="story-body">{HtmlPages.StoryParagraphs}</div>
            """,
            head);

        Assert.That(HtmlPages.Extract(html).Body[0].Text == summary, Is.EqualTo(describedInMetadata));
    }

    [Test]
    public void Extract_NamedSubheaderRepeatingTheMetaDescription_IsJudgedByItsName()
    {
        const string summary = "Ministers meet in Brussels as allies press for faster deliveries of air defence.";
        string html = HtmlPages.Page(
            $"""
            <header><h1>Allies pledge air defence</h1><h2 class="detail__subheader">{summary}</h2></header>
            <div class="story-body">{HtmlPages.StoryParagraphs}</div>
            """,
            $"""<meta name="description" content="{summary}">""");

        Assert.That(HtmlPages.Extract(html).Body[0].Text, Does.StartWith("NATO foreign ministers"));
    }

    [TestCase("Campaigns brace for an intense sprint to Election Day", "Campaigns brace for a sprint to Election Day", "Campaigns brace for a sprint to Election Day")]
    [TestCase("Joburg has failed its informal traders, city told", "Johannesburg has failed its informal traders, city told", "Johannesburg has failed its informal traders, city told")]
    [TestCase("Starmer defiant over taking gifts from donor", "Starmer suggests he will continue taking gifts from donor", "Starmer defiant over taking gifts from donor")]
    [TestCase("Election: Campaigns brace for a sprint to Election Day", "Campaigns brace for a sprint to Election Day now", "Election: Campaigns brace for a sprint to Election Day")]
    public void Extract_H1DiffersFromAgreedMetadataHeadline_UsesMetadataOnlyForOneSmallEdit(string h1, string claim, string expected)
    {
        string head = $$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"{{claim}}"}</script>""";
        string html = HtmlPages.Page($"<h1>{h1}</h1>{HtmlPages.StoryParagraphs}", head)
            .Replace("<title>Story title | Example News</title>", $"<title>{claim} | Example News</title>", StringComparison.Ordinal);

        Assert.That(HtmlPages.Extract(html).Headline, Is.EqualTo(expected));
    }

    [TestCase("<![CDATA[ {0} ]]>")]
    [TestCase("//<![CDATA[\n{0}\n//]]>")]
    public void Extract_JsonLdInCDataAndNoVisibleByline_UsesItsAuthor(string wrapper)
    {
        string json = """{"@type":"NewsArticle","author":[{"@type":"Person","name":"Bruno Rodrigues"}]}""";
        string head = "<script type=\"application/ld+json\">" + wrapper.Replace("{0}", json, StringComparison.Ordinal) + "</script>";
        string html = HtmlPages.Page($"<h1>Allies pledge air defence</h1>{HtmlPages.StoryParagraphs}", head);

        Assert.That(HtmlPages.Extract(html).Byline, Is.EqualTo("By Bruno Rodrigues"));
    }

    // The body blocks the collector reads from the page's main element.
    private static IEnumerable<string> CollectMain(string html)
    {
        IDocument page = new HtmlParser().ParseDocument(html);
        TextStatistics stats = TextStatistics.Compute(page.Body!);
        return BodyCollector.Collect([page.QuerySelector("main")!], stats).Blocks.Select(b => b.Text);
    }
    [Test]
    public void Extract_LinkWithScreenReaderOnlyText_BodyShowsWhatAReaderSees()
    {
        const string hidden = "border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap";
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <p>The <a href="https://example.org/report">report<span style="{hidden}">, opens new tab</span></a> by the institute found that two rounds were fired, officials said on Tuesday.</p>
            {HtmlPages.StoryParagraphs}
            """);

        Assert.That(HtmlPages.Extract(html).Body[0].Text, Is.EqualTo("The report by the institute found that two rounds were fired, officials said on Tuesday."));
    }

    // Condé Nast's layout: the story cut into chunks of one template (grid row > item > body wrapper > inner container)
    // with an ad rail between them, past the reach of the winner's siblings; the paragraphs after the free ones are
    // <p class="paywall">.
    private static string ChunkedStory(string chunkClass, string wrapperClass, string second) => HtmlPages.Page($"""
        <h1>Allies pledge air defence for Kyiv</h1>
        <div class="chunks">
          <div class="grid-row"><div class="grid-item"><div class="{wrapperClass}"><div class="{chunkClass}">
            <p>BRUSSELS, Nov 29 (Reuters) - NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries.</p>
            <p class="paywall">The meeting in Brussels came as Russian forces pressed an offensive in the east, and officials said the alliance would stand by Kyiv.</p>
            <p class="paywall">"We must do more, and we must do it now," one minister said, adding that stocks of munitions were running low across the alliance.</p>
            <p class="paywall">Ministers also discussed training, and the alliance's plans for winter, with several of them calling for more generators and fuel.</p>
          </div></div></div><div class="grid-rail"><div class="ad-slot">Advertisement</div></div></div>
          <div class="grid-row"><div class="grid-item"><div class="{wrapperClass}"><div class="{chunkClass}">
            {second}
          </div></div></div><div class="grid-rail"><div class="ad-slot">Advertisement</div></div></div>
        </div>
        """);

    // Long enough that the story's own box wins, not an ancestor holding the whole page.
    private static readonly string LongStory = string.Concat(Enumerable.Repeat(HtmlPages.StoryParagraphs, 4));

    private const string SecondChunk = """
        <p class="paywall">Diplomats said a decision on new funding, which has been debated for months, could come before the end of the year.</p>
        <p class="paywall">The ministers will meet again in February, officials said, when the alliance's defence chiefs present their plans.</p>
        """;

    [Test]
    public void Extract_StoryInChunksOfOneTemplateWithMeteredParagraphs_ReadsEveryChunkInOrder()
    {
        ExtractedArticle article = HtmlPages.Extract(ChunkedStory("body__inner-container", "body body__container article__body", SecondChunk));

        Assert.That(article.Body.Select(b => b.Text[..20]), Is.EqualTo(new[]
        {
            "BRUSSELS, Nov 29 (Re", "The meeting in Bruss", "\"We must do more, an", "Ministers also discu", "Diplomats said a dec", "The ministers will m",
        }));
    }

    // The same class in a box of another template (a related-stories list in the header beside the picture), a layout
    // class that says nothing of content, and a chunk of another article (an endless-scroll page) are not the story's.
    [TestCase("body__inner-container", "body body__container article__body", true)]
    [TestCase("col-md-12", "row", false)]
    public void Extract_SecondChunkOfTheTemplate_JoinedOnlyWhenItsClassNamesContent(string chunkClass, string wrapperClass, bool joined)
    {
        ExtractedArticle article = HtmlPages.Extract(ChunkedStory(chunkClass, wrapperClass, SecondChunk));

        Assert.That(article.Body.Any(b => b.Text.StartsWith("Diplomats said", StringComparison.Ordinal)), Is.EqualTo(joined));
    }

    // The New York Times numbers some chunks of its story ("story-body story-body-1", "story-body story-body-2", then plain
    // "story-body" boxes between related-coverage asides): one template once the numbers are set aside. A chunk named by
    // another word as well is another box.
    [TestCase("story-body story-body-1", true)]
    [TestCase("story-body\tstory-body_12", true)]
    [TestCase("story-body story-teaser-1", false)]
    public void Extract_NumberedChunkOfTheTemplate_JoinedInOrder(string firstClass, bool joined)
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="chunks">
              <div class="grid-row"><div class="story-body-supplemental"><div class="{System.Text.RegularExpressions.Regex.Unescape(firstClass)}">
                <p>BRUSSELS, Nov 29 (Reuters) - NATO foreign ministers pledged more air defence for Ukraine on Tuesday, as winter set in across the front line.</p>
                <p>The pledges came as Russian forces pressed an offensive in the east, and officials said the alliance would stand by Kyiv.</p>
              </div></div><div class="grid-rail"><div class="ad-slot">Advertisement</div></div></div>
              <div class="grid-row"><div class="story-body-supplemental"><div class="story-body">{LongStory}</div></div><div class="grid-rail"><div class="ad-slot">Advertisement</div></div></div>
            </div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body[0].Text.StartsWith("BRUSSELS, Nov 29", StringComparison.Ordinal), Is.EqualTo(joined));
    }

    // Politico's layout: the lead in a page row of its own, in another group of rows than the rest of the story.
    [Test]
    public void Extract_LeadInAnEarlierChunkOfTheTemplate_OpensTheBody()
    {
        string row(string text) => $"""<section class="page-row"><div class="column"><div class="story-column"><div class="story-text">{text}</div></div></div></section>""";
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="summary-rows">{row("<p>BRUSSELS, Nov 29 (Reuters) - NATO ministers pledged more air defence for Ukraine on Tuesday, as winter set in.</p>")}</div>
            <section class="promo-row"><div class="newsletter-signup">Sign up for our daily briefing</div></section>
            <div class="main-rows">{row(LongStory)}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text).Take(2), Is.EqualTo(new[]
        {
            "BRUSSELS, Nov 29 (Reuters) - NATO ministers pledged more air defence for Ukraine on Tuesday, as winter set in.",
            "NATO foreign ministers met on Tuesday to discuss support for Ukraine, with several allies pressing for faster deliveries of air defence systems.",
        }));
    }

    [Test]
    public void Extract_BoxOfTheStorysClassInAnotherParent_StaysOut()
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="lead"><div class="media"><div class="text"><p>Caption of the lead picture, with the photographer's name and the agency.</p>
              <p>More on this: <a href="/a">Allies split over funding</a>, and <a href="/b">Winter plans for the front line</a></p></div></div></div>
            <div class="article-main"><div class="text">{LongStory}</div></div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("Caption of the lead picture").And.None.Contains("More on this"));
    }

    // Stories of an endless-scroll page: articles holding boxes of one template, or articles of one template themselves.
    [TestCase("article", "div")]
    [TestCase("section", "article")]
    public void Extract_ChunkOfTheTemplateInAnotherArticle_StaysOut(string storyTag, string chunkTag)
    {
        string story(string heading, string text) =>
            $"""<{storyTag}>{heading}<div class="body__container"><{chunkTag} class="story-text">{text}</{chunkTag}></div></{storyTag}>""";
        string html = $"""
            <html><body><main>
              {story("<h1>Allies pledge air defence for Kyiv</h1>", LongStory)}
              {story("<h2>Next story: markets close higher</h2>", "<p>Stocks rose on Tuesday as investors weighed the outlook for interest rates, with banks leading the gains.</p>")}
            </main></body></html>
            """;

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("Stocks rose on Tuesday"));
    }

    // An endless-scroll page (Dagbladet) saved with its next story below: the next one may be longer and outscore the page's
    // own, which comes first. A teaser-length box above (a section front's) does not count as the page's story.
    [TestCase(4, "NATO foreign ministers met on Tuesday")]
    [TestCase(1, "Stocks rose on Tuesday")]
    public void Extract_LongerNextStoryOfTheTemplate_FirstStoryWithAStorysTextIsRead(int firstRepeats, string opening)
    {
        string story(string id, string heading, string text) =>
            $"""<article id="{id}"><h2>{heading}</h2><div class="bodytext large-12">{text}</div></article>""";
        string next = string.Concat(Enumerable.Repeat(
            "<p>Stocks rose on Tuesday as investors weighed the outlook for interest rates, with banks and energy companies leading the gains, traders said.</p>", 30));
        string html = $"""
            <html><body><main>
              {story("main-story", "Allies pledge air defence for Kyiv", string.Concat(Enumerable.Repeat(HtmlPages.StoryParagraphs, firstRepeats)))}
              <div class="under-article">{story("second-article", "Markets close higher", next)}</div>
            </main></body></html>
            """;

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body[0].Text, Does.StartWith(opening));
            Assert.That(article.Body.Select(b => b.Text), Has.None.StartsWith(opening.StartsWith("NATO", StringComparison.Ordinal) ? "Stocks rose" : "NATO foreign"));
        });
    }

    // A media player's controls are text to screen readers, not to a story: video.js (the player's own video-js/vjs-
    // classes, as on The Independent and Postmedia's sites), JW Player, MediaElement.js.
    [TestCase("<div class='video-js vjs-paused'><div class='vjs-control-bar'><span class='vjs-control-text'>Current Time 0:00</span><span>Fullscreen</span></div></div>")]
    [TestCase("<div class='jwplayer jw-state-idle'><div class='jw-controls'><span>Current Time 0:00</span><span>Fullscreen</span></div></div>")]
    [TestCase("<div class='mejs-container'><div class='mejs-controls'><span>Current Time 0:00</span><span>Fullscreen</span></div></div>")]
    public void Extract_MediaPlayerControlsInTheStory_LeaveTheBody(string player)
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="article-body">{HtmlPages.StoryParagraphs}<div class="media">{player}</div>{HtmlPages.StoryParagraphs}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("Current Time").And.None.Contains("Fullscreen"));
            Assert.That(article.Body.Count(b => b.Text.StartsWith("NATO foreign ministers", StringComparison.Ordinal)), Is.EqualTo(2));
        });
    }

    // A gallery set in the story's box (The Independent's "Business news in pictures", CNN's) is other stories' pictures
    // and their captions; a page that is a gallery (its slides hold most of the text) keeps them as its text.
    [TestCase(1, false)]
    [TestCase(12, true)]
    public void Extract_GalleryInTheStory_LeavesTheBodyUnlessItIsTheStory(int slides, bool kept)
    {
        string slide(int n) => $"""<li><h2><span class="counter">{n}/{slides}</span> Markets rally</h2><p>Stocks rose on Tuesday as investors weighed the outlook for interest rates, with banks leading the gains.</p></li>""";
        string gallery = $"""<div class="widget type-gallery"><h2 class="gallery-title">Business news in pictures</h2><ul class="legends">{string.Concat(Enumerable.Range(1, slides).Select(slide))}</ul></div>""";
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="text-wrapper">{HtmlPages.StoryParagraphs}{gallery}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Any(b => b.Text.StartsWith("Stocks rose on Tuesday", StringComparison.Ordinal)), Is.EqualTo(kept));
    }

    // A poll in the story (20 Minuten's, hashed class names that say nothing): its question and answers leave the body,
    // the story around it stays; one check box alone (a consent line) removes nothing.
    [TestCase("radio", 4, false)]
    [TestCase("CHECKBOX", 3, false)]
    [TestCase("checkbox", 1, true)]
    public void Extract_PollInTheStory_LeavesTheBody(string inputType, int answers, bool kept)
    {
        string answer(int n) => $"""<label class="sc-9557b3ab-0"><input type="{inputType}" name="poll-answer" value="{n}"><span>Answer number {n} of the poll</span></label>""";
        string poll = $"""<div class="sc-c7badfe-0 ldhbtc"><p>Which of these remedies is your favourite when you feel a cold coming?</p>{string.Concat(Enumerable.Range(1, answers).Select(answer))}</div>""";
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="sc-e17c7982-2">{HtmlPages.StoryParagraphs}{poll}{HtmlPages.StoryParagraphs}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Any(b => b.Text.Contains("Which of these remedies", StringComparison.Ordinal)), Is.EqualTo(kept));
            Assert.That(article.Body.Count(b => b.Text.StartsWith("NATO foreign ministers", StringComparison.Ordinal)), Is.EqualTo(2));
        });
    }

    // Labels and notices a page prints between the story's paragraphs, unnamed: an ad slot's label in several languages,
    // a slideshow's no-script notice, a comment prompt. A paragraph that only starts with such a word is story text.
    [TestCase("Advert", false)]
    [TestCase("Werbung", false)]
    [TestCase("Pubblicità", false)]
    [TestCase("Реклама", false)]
    [TestCase("[PR]", false)]
    [TestCase("This slideshow requires JavaScript.", false)]
    [TestCase("Tell us what YOU think...", false)]
    [TestCase("Our Standards: The Thomson Reuters Trust Principles.", false)]
    [TestCase("Advert agencies said the campaign had cost more than any before it, and would run until the spring.", true)]
    [TestCase("Werbung im Fernsehen ist teurer geworden, sagte der Verband am Dienstag in Berlin.", true)]
    public void Extract_LabelBetweenParagraphs_LeavesTheBody(string label, bool kept)
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="article-body">{HtmlPages.StoryParagraphs}<p>{label}</p>{HtmlPages.StoryParagraphs}</div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Any(b => b.Text == label), Is.EqualTo(kept));
    }

    // A picture block outside a figure (NPR's image box: the image, a caption box, and a copy of the caption and credit
    // for the enlarged view) is read with the picture; its caption and credit elements stay out of the story text.
    [Test]
    public void Extract_ImageBoxOutsideFigure_CaptionAndCreditLeaveTheBody()
    {
        string html = HtmlPages.Page($"""
            <h1>Allies pledge air defence for Kyiv</h1>
            <div class="story-text">
              <div class="bucketwrap image large"><div class="imagewrap"><img src="/a.jpg" alt=""></div>
                <div class="caption-wrap"><div class="caption"><p>Ministers arrive in Brussels on Tuesday. <b class="credit">Jane Doe/AP</b></p></div></div>
                <div class="enlarge_html"><div class="image_data"><p class="caption">Ministers arrive in Brussels on Tuesday.</p><span class="credit">Jane Doe/AP</span></div></div>
              </div>
              {HtmlPages.StoryParagraphs}
            </div>
            """);

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("Jane Doe/AP").And.None.Contains("Ministers arrive"));
            Assert.That(article.Pictures.Single().Caption, Does.StartWith("Ministers arrive in Brussels on Tuesday."));
        });
    }

    // How-to pages set each step's text in its picture's box (ehow): the text is the story's, the credit is not.
    [Test]
    public void Extract_StepTextBesideItsCreditedPicture_StaysInTheBody()
    {
        string step(int n) => $"""
            <div class="step"><img src="/s{n}.jpg" alt=""><span class="credit">Jane Doe/Example Media</span>
            <p>Step {n}: loosen the four bolts that hold the panel, then lift it away from the frame, keeping the screws in a cup.</p></div>
            """;
        string html = HtmlPages.Page($"<h1>How to replace a panel</h1><div class=\"article-body\">{step(1)}{step(2)}{step(3)}</div>");

        ExtractedArticle article = HtmlPages.Extract(html);

        Assert.That(article.Body.Select(b => b.Text[..6]), Is.EqualTo(new[] { "Step 1", "Step 2", "Step 3" }));
    }
}
