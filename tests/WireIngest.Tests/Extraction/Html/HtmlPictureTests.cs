using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlPictureTests
{
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption>Crowds gather in the square. © Jane Doe/dpa</figcaption></figure>", "Crowds gather in the square.", "© Jane Doe/dpa")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption>Crowds gather in the square. Foto: Jane Doe/AFP</figcaption></figure>", "Crowds gather in the square.", "Foto: Jane Doe/AFP")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption>Crowds gather in the square. — Picture by Jane Doe</figcaption></figure>", "Crowds gather in the square.", "Picture by Jane Doe")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption>Crowds gather in the square, Dec. 3, 2024. (Photo by Ludovic MARIN / AFP)</figcaption></figure>", "Crowds gather in the square, Dec. 3, 2024.", "(Photo by Ludovic MARIN / AFP)")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption>WeWork chairman Marcelo Claure (Photo: Getty Images)</figcaption></figure>", "WeWork chairman Marcelo Claure", "(Photo: Getty Images)")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption><span>Crowds gather in the square.</span><span>Jane Doe/Reuters</span></figcaption></figure>", "Crowds gather in the square.", "Jane Doe/Reuters")]
    [TestCase("<figure><img src=\"/a.jpg\"><figcaption><span class=\"credit\">Photo by Jane Doe /Example Media</span></figcaption></figure>", null, "Photo by Jane Doe /Example Media")]
    [TestCase("<button class=\"viewer\"><div class=\"image-embed\"><img src=\"/a.jpg\"><figcaption><p>Crowds gather.<cite class=\"caption-credit\">(Image: Jane Doe/AP)</cite></p></figcaption></div></button>", "Crowds gather.", "(Image: Jane Doe/AP)")]
    [TestCase("<aside class=\"image wide\"><img src=\"/a.jpg\"><p class=\"caption\">Crowds gather. (Courtesy of Jane Doe)</p></aside>", "Crowds gather. (Courtesy of Jane Doe)", null)]
    [TestCase("<div class=\"slide\"><div class=\"media\"><img src=\"/a.jpg\" alt=\"Image\"></div><div class=\"slide-info\"><div class=\"read-more\"><div class=\"info\"><span class=\"count\">1 of 3</span><span class=\"x1f3a\"><p>Crowds gather in the square, Monday, Aug. 5, 2024. (AP Photo/Jane Doe)</p></span></div></div></div></div>", "Crowds gather in the square, Monday, Aug. 5, 2024. (AP Photo/Jane Doe)", null)]
    [TestCase("<div class=\"slide\"><div class=\"media\"><img src=\"/a.jpg\" alt=\"Image\"></div><div class=\"info\"><span>Crowds gather in the square, Monday.<!-- wire copy --> (AP Photo/Jane Doe)</span></div></div>", "Crowds gather in the square, Monday. (AP Photo/Jane Doe)", null)]
    public void Extract_PictureMarkup_GivesCaptionAndCreditAsShown(string picture, string? caption, string? credit)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1>{picture}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        RawPicture found = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((found.Caption, found.Credit), Is.EqualTo((caption, credit)));
    }

    // Caption and credit elements in a box named for both: NPR's credit-caption (beside the viewer's "Enlarge this image"
    // link and its "hide caption" / "toggle caption" switches), Business Insider's image-source-caption; Ars Technica
    // names its credit line for both (caption-credit) around a link named for the caption.
    [TestCase("""
        <div class="bucketwrap image large"><div class="imagewrap has-source-dimensions"><img src="/a.jpg" alt="">
        <div class="enlarge-options"><a class="enlargelink" href="/a-big.jpg">Enlarge this image</a></div></div>
        <div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015.
        <b class="credit">Chuck Burton/AP</b> <b class="hide-caption"><b>hide caption</b></b></p></div>
        <b class="toggle-caption"><b>toggle caption</b></b></div>
        <span class="credit">Chuck Burton/AP</span></div></div>
        """, "Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015.", "Chuck Burton/AP", "Chuck Burton", "AP")]
    [TestCase("""
        <figure><img src="/a.jpg" alt="Zendaya at a screening"><span class="image-source-caption">
        <figcaption class="image-caption">Zendaya attends a screening at the 2021 Venice International Film Festival.</figcaption>
        <span class="image-source">Stephane Cardinale - Corbis/Getty Images</span></span></figure>
        """, "Zendaya attends a screening at the 2021 Venice International Film Festival.", "Stephane Cardinale - Corbis/Getty Images", "Stephane Cardinale - Corbis", "Getty Images")]
    [TestCase("""
        <figure class="intro-image"><img src="/a.jpg" alt="Server crash"><figcaption class="caption"><div class="caption-credit">
        <a class="caption-link" href="https://en.wikipedia.org/wiki/Kernel_panic">Kevin</a></div></figcaption></figure>
        """, "Server crash", "Kevin", null, "Kevin")]
    public void ExtractAndNormalize_CaptionAndCreditBoxesNamedForBoth_ReadAsShown(string picture, string caption, string credit, string? photographer, string? agency)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1>{picture}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        Picture found = WireIngest.Core.Normalization.ImageCreditParser.Normalize(HtmlPages.Extract(html).Pictures.Single());

        Assert.That((found.Caption, found.Credit?.Raw, found.Credit?.Photographer, found.Credit?.Agency), Is.EqualTo((caption, credit, photographer, agency)));
    }

    [TestCase("<a href=\"/other-story\"><figure><img src=\"/b.jpg\"><figcaption>Other story teaser</figcaption></figure></a>")]
    [TestCase("<aside><figure><img src=\"/b.jpg\"><figcaption>Sidebar picture</figcaption></figure></aside>")]
    [TestCase("<div class=\"related-stories\"><figure><img src=\"/b.jpg\"><figcaption>Related picture</figcaption></figure></div>")]
    [TestCase("<div class=\"byline\"><figure><img src=\"/b.jpg\"><figcaption>Jane Doe, reporter</figcaption></figure></div>")]
    public void Extract_PictureOutsideTheStory_IsLeftOut(string picture)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>", after: picture);

        Assert.That(HtmlPages.Extract(html).Pictures, Is.Empty);
    }

    [TestCase("", null, "https://news.example.com/images/a.jpg")]
    [TestCase("", "https://mirror.example.org/2024/story.html", "https://mirror.example.org/images/a.jpg")]
    [TestCase("<base href=\"https://static.example.net/\">", null, "https://static.example.net/images/a.jpg")]
    public void Extract_RelativeImageAddress_IsResolvedAgainstThePage(string head, string? fetchedFrom, string expected)
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1><figure><img src=\"/images/a.jpg\"><figcaption>Crowds gather. (Jane Doe/Reuters)</figcaption></figure><div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>",
            head: $"<link rel=\"canonical\" href=\"https://news.example.com/world/story.html\">{head}");
        var document = new RawDocument(DocumentOrigin.FromFile("test.html", fetchedFrom), System.Text.Encoding.UTF8.GetBytes(html));

        RawPicture found = new HtmlArticleExtractor().Extract(document).Single().Pictures.Single();

        Assert.That(found.Href, Is.EqualTo(expected));
    }
}
