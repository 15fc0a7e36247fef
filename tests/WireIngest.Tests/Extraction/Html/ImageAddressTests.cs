using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class ImageAddressTests
{
    private const string Page = "https://news.example.com/world/2024/story.html";

    [TestCase("<img src=\"https://cdn.example.com/a.jpg\">", "https://cdn.example.com/a.jpg")]
    [TestCase("<img src=\"/images/a.jpg\">", "https://news.example.com/images/a.jpg")]
    [TestCase("<img src=\"a.jpg\">", "https://news.example.com/world/2024/a.jpg")]
    [TestCase("<img src=\"../pics/a.jpg\">", "https://news.example.com/world/pics/a.jpg")]
    [TestCase("<img src=\"//cdn.example.com/a.jpg?w=800&amp;q=90\">", "https://cdn.example.com/a.jpg?w=800&q=90")]
    [TestCase("<img src=\"  https://cdn.example.com/a.jpg \">", "https://cdn.example.com/a.jpg")]
    [TestCase("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/real.jpg\">", "https://news.example.com/real.jpg")]
    [TestCase("<img src=\"/placeholder.svg\" data-src=\"https://cdn.example.com/real.jpg\">", "https://cdn.example.com/real.jpg")]
    [TestCase("<img src=\"/placeholder.svg\" data-lazy-src=\"/real.jpg\">", "https://news.example.com/real.jpg")]
    [TestCase("<img data-original=\"/real.jpg\">", "https://news.example.com/real.jpg")]
    [TestCase("<img srcset=\"/small.jpg 320w, /large.jpg 1024w, /medium.jpg 640w\">", "https://news.example.com/large.jpg")]
    [TestCase("<img srcset=\"/one.jpg, /two.jpg 2x\">", "https://news.example.com/two.jpg")]
    [TestCase("<img src=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\" data-srcset=\"https://res.example.com/w_300,h_200/a.jpg 300w, https://res.example.com/w_900,h_600/a.jpg 900w\">", "https://res.example.com/w_900,h_600/a.jpg")]
    [TestCase("<source srcset=\"/wide.webp 1200w\">", "https://news.example.com/wide.webp")]
    [TestCase("<img src=\"/fallback.gif\" data-src='{\"default\":{\"src\":\"//img.example.com/a.jpg\"}}'>", "https://news.example.com/fallback.gif")]
    public void Of_ImageMarkup_GivesTheAddressTheBrowserLoadsMadeAbsolute(string markup, string expected)
    {
        Assert.That(ImageAddress.Of(Element(markup), new Uri(Page)), Is.EqualTo(expected));
    }

    [TestCase("<img>")]
    [TestCase("<img src=\"\">")]
    [TestCase("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">")]
    [TestCase("<img srcset=\"data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x\">")]
    public void Of_NoAddress_IsNull(string markup)
    {
        Assert.That(ImageAddress.Of(Element(markup), new Uri(Page)), Is.Null);
    }

    [Test]
    public void Of_RelativeWithoutBase_StaysAsWritten()
    {
        Assert.That(ImageAddress.Of(Element("<img src=\" /images/a.jpg\">"), pageBase: null), Is.EqualTo("/images/a.jpg"));
    }

    [TestCase("", Page, Page)]
    [TestCase("<base href=\"https://static.example.net/assets/\">", Page, "https://static.example.net/assets/")]
    [TestCase("<base href=\"/mobile/\">", Page, "https://news.example.com/mobile/")]
    [TestCase("<base target=\"_blank\">", Page, Page)]
    [TestCase("<base href=\"/mobile/\">", null, null)]
    [TestCase("", "file:///home/user/saved.html", null)]
    [TestCase("", "not an address", null)]
    public void BaseOf_Page_IsTheBaseElementElseThePageAddress(string head, string? pageUrl, string? expected)
    {
        IDocument document = new HtmlParser().ParseDocument($"<html><head>{head}</head><body><p>Text</p></body></html>");
        PageElements elements = PageElements.Collect(document, document.Body!, HtmlArticleExtractor.Queries);

        Assert.That(ImageAddress.BaseOf(elements, pageUrl)?.AbsoluteUri, Is.EqualTo(expected));
    }

    [TestCase("https://cdn.example.com/a b.jpg", "https://cdn.example.com/a b.jpg")]
    [TestCase("/a b.jpg", "https://news.example.com/a%20b.jpg")]
    [TestCase("javascript:void(0)", "javascript:void(0)")]
    public void Resolve_Address_AbsoluteKeptAsWrittenRelativeResolved(string address, string expected)
    {
        Assert.That(ImageAddress.Resolve(address, new Uri(Page)), Is.EqualTo(expected));
    }

    private static IElement Element(string markup) =>
        new HtmlParser().ParseDocument($"<html><body><picture>{markup}</picture></body></html>").QuerySelector("img, source")!;
}
