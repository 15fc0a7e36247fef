using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class PictureCollectorFastPathTests
{
    private static readonly string[] Elements =
    [
        "<div class=caption></div>",
        "<div CLASS='Image-Credit'></div>",
        "<div></div>",
        "<div class=''></div>",
        "<div class=a class=legend id=b></div>",
        "<div id=photo-source></div>",
        "<div role=img itemprop=copyrightHolder></div>",
        "<span class='source'></span>",
        "<span class='a\tsource'></span>",
        "<span class='resource'></span>",
        "<span class='Bildquelle'></span>",
        "<span class='bildunterschrift'></span>",
        "<span class='all-rights'></span>",
        "<svg class='caption-icon'><use xlink:href='#c' class='credit'></use></svg>",
        "<div class='ca&#x0308;ption'></div>",
        "<div class='CAPTİON'></div>",
        "<div class='\u212Aourtesy'></div>",
        "<div class='café source'></div>",
        "<div class='x' role='légende'></div>",
        "<div class='story-body'></div>",
    ];

    private static readonly string[] Texts =
    [
        "",
        "A man walks past a burnt-out car in Kyiv, Ukraine. (AP Photo/Efrem Lukatsky)",
        "Soldiers at the front REUTERS/Gleb Garanich",
        "Foto: dpa",
        "PHOTOS: John Doe",
        "Picture : none",
        "(Credit/Jane Roe)",
        "( AFP photo : x)",
        "A plain caption without any credit at all",
        "Photo by Jane Roe",
        "photo:",
        "image: ",
        "AP Photo/",
        "AFP/x",
        "Ünïcödé ( ÄP Фото: x",
        "(REUTERS PHOTO/x)",
        "a/b: c (d)",
    ];

    [Test]
    public void CaptionOrCreditNames_HandWrittenElements_AnswersAsCaptionOrCreditNames([ValueSource(nameof(Elements))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        foreach (IElement element in document.Body!.QuerySelectorAll("*"))
        {
            bool either = PictureCollector.CaptionNames.IsMatch(element) || PictureCollector.CreditNames.IsMatch(element);
            Assert.That(PictureCollector.CaptionOrCreditNames.IsMatch(element), Is.EqualTo(either), element.OuterHtml);
        }
    }

    // Names assembled at random from the words of both patterns, near misses, separators and characters outside ASCII.
    [Test]
    public void CaptionOrCreditNames_RandomNames_AnswersAsCaptionOrCreditNames()
    {
        string[] parts =
        [
            "source", "Source", "sourc", "quelle", "credit", "cred", "caption", "capt", "legend", "legende", "bild", "unterschrift",
            "rights", "copy", "right", "courtesy", "image-", "photo-", "_", "-", " ", "\t", "\u00A0", "x", "é", "\u212A", "İ", "ß",
        ];
        var random = new Random(20261128);
        using IDocument document = new HtmlParser().ParseDocument("<div></div>");
        IElement element = document.Body!.FirstElementChild!;
        for (int i = 0; i < 3000; i++)
        {
            RandomNames.Assign(element, parts, random, minParts: 1);

            bool either = PictureCollector.CaptionNames.IsMatch(element) || PictureCollector.CreditNames.IsMatch(element);
            Assert.That(PictureCollector.CaptionOrCreditNames.IsMatch(element), Is.EqualTo(either), element.OuterHtml);
        }
    }

    [Test]
    public void HasCreditInAlt_HandWrittenTexts_AnswersAsTheRegex([ValueSource(nameof(Texts))] string text) =>
        Assert.That(PictureCollector.HasCreditInAlt(text), Is.EqualTo(PictureCollector.CreditInAlt().IsMatch(text)));

    [TestCase("Kyiv (AP Photo/Efrem Lukatsky)", true)]
    [TestCase("Foto: dpa", true)]
    [TestCase("REUTERS/Gleb Garanich", true)]
    [TestCase("A plain caption without a credit", false)]
    public void HasCreditInAlt_Text_FindsTheCredit(string text, bool expected) =>
        Assert.That(PictureCollector.HasCreditInAlt(text), Is.EqualTo(expected));
}
