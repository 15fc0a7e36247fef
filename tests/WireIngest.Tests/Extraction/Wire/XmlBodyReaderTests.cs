using System.Xml.Linq;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class XmlBodyReaderTests
{
    // An XHTML body read as XML (NewsML-G2, NITF), not through the HTML fragment parser: the figure's image address follows
    // the page reader's rule (ImageAddress), without a page address to resolve against.
    [TestCase("<img src=\"https://img.example.com/a.jpg\"/>", "https://img.example.com/a.jpg")]
    [TestCase("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"https://img.example.com/real.jpg\"/>", "https://img.example.com/real.jpg")]
    [TestCase("<picture><source srcset=\"https://img.example.com/s.webp 320w, https://img.example.com/l.webp 1280w\"/><img/></picture>", "https://img.example.com/l.webp")]
    [TestCase("<img src=\"/pics/a.jpg\"/>", "/pics/a.jpg")]
    [TestCase("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"/>", null)]
    public void Read_FigureWithImage_PictureHasTheImageAddress(string image, string? expected)
    {
        XElement body = XElement.Parse($"<body><p>First paragraph of the story.</p><figure>{image}<figcaption>Residents wade through a street.</figcaption></figure></body>");
        var article = new ExtractedArticle { Format = "test" };

        XmlBodyReader.Read(body, article);

        Assert.That(article.Pictures.Single().Href, Is.EqualTo(expected));
    }
}
