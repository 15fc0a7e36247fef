using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>
/// The picture walk asks names and texts only near an image box that can be a picture block: it finds the same blocks as
/// the walk that asked every element, kept here as the oracle.
/// </summary>
[TestFixture]
public sealed class PictureContainersTests
{
    private static readonly string[] Pages =
    [
        "<figure><img src=a.jpg></figure><figcaption>A caption (AP Photo/Jane Doe)</figcaption>",
        "<div><div><img src=a.jpg></div><div class=info><div class=caption><p><span>Text</span> <span>(AP Photo/X)</span></p></div></div></div>",
        "<div><img src=a.jpg><div><div><div><div><span class=credit>Jane Doe</span></div></div></div></div></div>",
        "<div><img src=a.jpg><div><div><div><div><div><p>Soldiers at the front in the east of the country. REUTERS/Gleb Garanich</p></div></div></div></div></div></div>",
        "<article><img src=a.jpg><p class=caption>In the article itself</p></article>",
        "<main><div><picture></picture><span class=source>Agency</span></div></main>",
        "<div><amp-img src=a.jpg></amp-img><button><span class=legend>Slide one</span></button></div>",
        "<section><img alt='A man walks past (AP Photo/Efrem Lukatsky)' src=a.jpg><p class=credit>Credit</p></section>",
        "<div><svg><image></image><img></img></svg><span class=caption>Icon</span></div>",
        "<div><span class=caption>No image anywhere near</span></div>",
        "<img src=a.jpg><span class=caption>Beside the image at the top</span>",
        "<div><img src=a.jpg><p class=caption>Named caption <figure><img src=b.jpg></figure> (AP Photo/X)</p></div><noscript><figure></figure></noscript>",
        "<div><img src=a.jpg><p>Text then a credit: (AP Photo/Jane Doe) in a paragraph with no child element</p></div>",
        // Deeper than the walk goes: the figures and captions past HtmlText.MaxDepth below the body are not read.
        string.Concat(Enumerable.Repeat("<div>", HtmlText.MaxDepth - 2)) + "<figure></figure><div><figure></figure><div><img src=a.jpg><span class=caption>Deep</span><div><figure></figure></div></div></div>",
    ];

    [Test]
    public void Containers_HandWrittenPages_AsTheWalkAskingEveryElement([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        AssertSameContainers(document);
    }

    // Pages grown at random from picture markup, caption and credit names, credited texts, long texts and wrappers.
    [Test]
    public void Containers_RandomPages_AsTheWalkAskingEveryElement()
    {
        var random = new Random(20261128);
        for (int i = 0; i < 1500; i++)
        {
            string html = RandomMarkup.Page(random, 5, h => Grow(h, random, 0));
            using IDocument document = new HtmlParser().ParseDocument(html);
            AssertSameContainers(document);
        }
    }

    private static void AssertSameContainers(IDocument document)
    {
        IElement body = document.Body!;
        TextStatistics stats = TextStatistics.Compute(body);
        var expected = new List<IElement>();
        OracleWalk(body, expected, stats, 0);

        Assert.That(PictureCollector.Containers(body, stats), Is.EqualTo(expected), body.InnerHtml);
    }

    private static readonly string[] Tags = ["div", "div", "span", "p", "section", "article", "main", "figure", "figcaption", "a", "li", "aside", "button", "picture"];
    private static readonly string[] Classes = ["", "", "", "caption", "credit", "x source", "image-credit", "photo", "legend", "story"];
    private static readonly string[] Texts =
    [
        "", "Short", "A man walks past a burnt-out car in Kyiv, Ukraine. (AP Photo/Efrem Lukatsky)", "Foto: dpa", "Soldiers at the front REUTERS/Gleb Garanich",
        string.Concat(Enumerable.Repeat("Long story text without any credit at all. ", 40)),
    ];

    private static void Grow(StringBuilder html, Random random, int depth)
    {
        int kind = random.Next(10);
        if (kind == 0 || depth > 7)
        {
            html.Append(Texts[random.Next(Texts.Length)]);
            return;
        }

        if (kind == 1)
        {
            html.Append(random.Next(3) == 0 ? "<amp-img src=a.jpg></amp-img>" : $"<img src=a.jpg alt='{Texts[random.Next(Texts.Length - 1)]}'>");
            return;
        }

        RandomMarkup.AppendElement(html, random, Tags, Classes, () => Grow(html, random, depth + 1));
    }

    // The walk as it was: every element's names and text asked, every image box searched for.
    private static readonly AngleSharp.Css.Dom.ISelector AnyImage = ParsedSelectors.Parse("img, picture, amp-img");

    private static void OracleWalk(IElement element, List<IElement> containers, TextStatistics stats, int depth)
    {
        if (depth > HtmlText.MaxDepth)
        {
            return;
        }

        foreach (IElement child in element.Children)
        {
            string tag = child.LocalName;
            if (HtmlRules.IsInvisibleTag(tag) && tag != "button")
            {
                continue;
            }

            if (tag == "figure" || (tag == "img" && PictureCollector.HasCreditInAlt(child.GetAttribute("alt") ?? string.Empty)))
            {
                containers.Add(child);
                continue;
            }

            bool named = tag == "figcaption" || PictureCollector.CaptionOrCreditNames.IsMatch(child);
            if ((named || IsCreditedCaptionText(child)) && OracleImageBox(child, named ? 4 : 5, stats) is { } box)
            {
                if (!containers.Exists(c => c.Contains(box)))
                {
                    containers.RemoveAll(box.Contains);
                    containers.Add(box);
                }

                if (box.Contains(child))
                {
                    continue;
                }
            }

            OracleWalk(child, containers, stats, depth + 1);
        }
    }

    private static bool IsCreditedCaptionText(IElement element) =>
        element.LocalName is "p" or "span" or "div" && element.FirstElementChild is null
        && element.TextContent is { Length: > 20 and < 600 } text && PictureCollector.HasCreditInAlt(text);

    private static IElement? OracleImageBox(IElement captionOrCredit, int levels, TextStatistics stats)
    {
        IElement? box = captionOrCredit.ParentElement;
        for (int i = 0; i < levels && box is not null && box.LocalName != "body"; i++, box = box.ParentElement)
        {
            if (box.First(AnyImage) is not null)
            {
                return box.LocalName is "article" or "main" || stats.TextLength(box) > 1200 ? null : box;
            }
        }

        return null;
    }
}
