using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>Which box around an image is its picture block, and how a wrapped caption gives up its credit.</summary>
[TestFixture]
public sealed class PictureBoxRuleTests
{
    private const string InlinePicture = """
        <div class="image-ct inline"><div class="m"><img src="/wray.jpg" alt="Wray"></div>
          <div class="info"><div class="caption"><p><span>The director speaks in Washington, Jan. 27, 2023. </span> <span>(AP Photo/Jane Doe)</span></p></div></div>
        </div>
        """;

    [Test]
    public void Extract_SourceLabelInBylineBesideLeadVideo_StillFindsTheStorysPictureBlock()
    {
        string html = HtmlPages.Page($"""
            <div class="article-content">
              <div class="video"><img src="/video-poster.jpg" alt=""><p class="caption">Why the alliance is rearming, explained by our defence editor</p></div>
              <div class="article-meta"><div class="author-byline">By <a href="/people/jane">Jane Roe</a> <span class="article-source">| Example News</span></div></div>
              <div class="article-body">{HtmlPages.StoryParagraphs}{InlinePicture}{HtmlPages.StoryParagraphs}{HtmlPages.StoryParagraphs}</div>
            </div>
            """);

        IReadOnlyList<RawPicture> pictures = HtmlPages.Extract(html).Pictures;

        Assert.That(pictures.Select(p => p.Caption), Has.Some.StartsWith("Why the alliance is rearming").And.Some.StartsWith("The director speaks in Washington"));
    }

    [Test]
    public void Extract_CaptionWrapperAroundCaptionAndCreditRuns_SplitsTheCredit()
    {
        string html = HtmlPages.Page($"<h1>Headline here</h1>{InlinePicture}<div class=\"article-body\">{HtmlPages.StoryParagraphs}</div>");

        RawPicture found = HtmlPages.Extract(html).Pictures.Single();

        Assert.That((found.Caption, found.Credit), Is.EqualTo(("The director speaks in Washington, Jan. 27, 2023.", "(AP Photo/Jane Doe)")));
    }
}
