using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class NameWordsTests
{
    private static readonly NameWords[] Words = [PictureCollector.CreditNames, PictureCollector.CaptionNames, CopyrightCollector.PictureCreditNames, HtmlRules.ChromeWords];

    // Class, id, role and itemprop in any case and order, missing, duplicated, on SVG and namespaced, outside ASCII.
    private static readonly string[] Elements =
    [
        "<div class=caption></div>",
        "<div CLASS='Image-Caption'></div>",
        "<div data-class=caption></div>",
        "<div></div>",
        "<div class=''></div>",
        "<div class=a class=caption id=b></div>",
        "<div id=photo-credit></div>",
        "<div role=img itemprop=copyrightHolder></div>",
        "<div itemprop=caption></div>",
        "<span class='source'></span>",
        "<span class='a source'></span>",
        "<span class=\"a\tsource\"></span>",
        "<span class='resource'></span>",
        "<span class='data_source'></span>",
        "<span class='Image-Source'></span>",
        "<span class='imagesource'></span>",
        "<span class='photo-source x'></span>",
        "<span id=source class=x></span>",
        "<span class='x' id='a source'></span>",
        "<span class='opensource'></span>",
        "<span class='all-rights'></span>",
        "<span class='Bildquelle'></span>",
        "<span class='bildunterschrift'></span>",
        "<span class='LEGENDE'></span>",
        "<span class='courtesy-of'></span>",
        "<span class='photographer'></span>",
        "<span class='attribution'></span>",
        "<figure><svg class='caption-icon'><use xlink:href='#c' class='credit'></use></svg></figure>",
        "<svg viewBox='0 0 1 1' class=photo></svg>",
        "<div xml:lang=en class=picture></div>",
        "<div class='ca&#x0308;ption'></div>",
        "<div class='bildunterſchrift'></div>",
        "<div class='CAPTİON'></div>",
        "<div class='caption\u212A'></div>",
        "<div class='\u212Aourtesy'></div>",
        "<div class='café source'></div>",
        "<div class='café&#x1C;source'></div>",
        "<div class='a&#x1C;source'></div>",
        "<div class='a&#xA0;source'></div>",
        "<div class='a&#x85;source'></div>",
        "<div class='image' id='föto'></div>",
        "<div class='x' role='bïld'></div>",
        "<div class='menu nav'></div>",
        "<div class='ad'></div>",
        "<div class='top-ads box'></div>",
        "<div class='head_ad'></div>",
        "<div class='add-to-cart'></div>",
        "<div class='shadow'></div>",
        "<div class='x' id='ads'></div>",
        "<div class='AD-Unit'></div>",
        "<div class='tag'></div>",
        "<div class='tags x'></div>",
        "<div class='tagged'></div>",
        "<div class='stage'></div>",
        "<div id='hashtags'></div>",
        "<div class='subnav'></div>",
        "<div class='x nav-main'></div>",
        "<div class='canvas'></div>",
        "<div role='navigation'></div>",
        "<div class='MostPopular'></div>",
        "<div class='more_stories'></div>",
    ];

    [Test]
    public void IsMatch_HandWrittenElements_AnswersAsTheRegexOverTheJoinedNames([ValueSource(nameof(Elements))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        Assert.Multiple(() =>
        {
            foreach (IElement element in document.Body!.QuerySelectorAll("*"))
            {
                foreach (NameWords words in Words)
                {
                    Assert.That(words.IsMatch(element), Is.EqualTo(RegexAnswer(words, element)), $"{words.Pattern} on {element.OuterHtml}");
                }
            }
        });
    }

    [Test]
    public void NameAttributesOf_HandWrittenElements_JoinToTheNamesOf([ValueSource(nameof(Elements))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        Assert.Multiple(() =>
        {
            foreach (IElement element in document.Body!.QuerySelectorAll("*"))
            {
                NameAttributes names = NameAttributes.Of(element);
                string joined = names.IsEmpty ? string.Empty : string.Concat(names.Class, " ", names.Id, " ", names.Role, " ", names.Itemprop);
                Assert.That(joined, Is.EqualTo(HtmlRules.NamesOf(element)), element.OuterHtml);
            }
        });
    }

    [Test]
    public void IsMatch_AttributesSetByScript_AnswersAsTheRegexOverTheJoinedNames()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div></div>");
        IElement element = document.Body!.FirstElementChild!;
        element.SetAttribute("CLASS", "x");
        element.SetAttribute("Role", "source");
        element.SetAttribute("itemprop", "Caption");

        foreach (NameWords words in Words)
        {
            Assert.That(words.IsMatch(element), Is.EqualTo(RegexAnswer(words, element)), words.Pattern.ToString());
        }
    }

    // Names assembled at random from the words, their near misses, separators and characters outside ASCII.
    [Test]
    public void IsMatch_RandomNames_AnswersAsTheRegexOverTheJoinedNames()
    {
        string[] parts =
        [
            "source", "Source", "sourc", "quelle", "QUELLE", "credit", "cred", "caption", "capt", "legend", "bild", "photo", "image", "picture",
            "rights", "copy", "right", "courtesy", "photographer", "attribution", "image-", "photo-", "_", "-", " ", "\t", "\n", "\u000B",
            "\u001C", "\u00A0", "\u0085", "\u2003", "x", "a1", "é", "\u212A", "ſ", "İ", "ı", "ß", "\u0308", "\u00C9",
        ];
        var random = new Random(20261127);
        using IDocument document = new HtmlParser().ParseDocument("<div></div>");
        IElement element = document.Body!.FirstElementChild!;
        for (int i = 0; i < 4000; i++)
        {
            RandomNames.Assign(element, parts, random, minParts: 0);

            foreach (NameWords words in Words)
            {
                Assert.That(words.IsMatch(element), Is.EqualTo(RegexAnswer(words, element)), $"{words.Pattern} on {element.OuterHtml}");
            }
        }
    }

    // Chrome names assembled at random from its bounded words (ad, ads, tag, tags, nav), near misses and separators.
    [Test]
    public void IsMatch_RandomChromeNames_AnswersAsTheRegexOverTheJoinedNames()
    {
        string[] parts =
        [
            "ad", "Ad", "ads", "ADS", "s", "tag", "Tags", "nav", "NAV", "bar", "menu", "more", "stories", "most", "popular", "read", "header", "site",
            "comment", "x", "a1", "-", "_", " ", "\t", "\n", "\u000B", "\u001C", "\u00A0", "\u0085", "é", "\u212A", "İ", "ſ",
        ];
        var random = new Random(20261128);
        using IDocument document = new HtmlParser().ParseDocument("<div></div>");
        IElement element = document.Body!.FirstElementChild!;
        for (int i = 0; i < 6000; i++)
        {
            RandomNames.Assign(element, parts, random, minParts: 0);

            Assert.That(HtmlRules.ChromeWords.IsMatch(element), Is.EqualTo(RegexAnswer(HtmlRules.ChromeWords, element)), element.OuterHtml);
        }
    }

    [Test]
    public void IsMatch_ValueChangedOnTheSameElement_AnswerFollowsTheNewValue()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div class=caption></div>");
        IElement element = document.Body!.FirstElementChild!;
        bool before = PictureCollector.CaptionNames.IsMatch(element);

        element.SetAttribute("class", "headline");
        bool after = PictureCollector.CaptionNames.IsMatch(element);
        element.SetAttribute("class", "x caption");

        Assert.That((before, after, PictureCollector.CaptionNames.IsMatch(element)), Is.EqualTo((true, false, true)));
    }

    // Value strings drawn from a pool, so that one string instance sits on several elements and is asked again by every
    // words in random order, and equal texts come as distinct strings too.
    [Test]
    public void IsMatch_RandomValuesSharedBetweenElements_AnswersAsTheRegexOverTheJoinedNames()
    {
        string[] parts =
        [
            "caption", "Credit", "photo", "source", "nav", "ad", "ads", "tag", "tags", "menu", "share", "x", "a1", "-", "_", " ", "\t",
            "\u00A0", "é", "\u212A", "ſ", "İ",
        ];
        var random = new Random(20261129);
        string[] pool = [.. Enumerable.Range(0, 512).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => parts[random.Next(parts.Length)])))];
        using IDocument document = new HtmlParser().ParseDocument("<div></div><div></div><div></div>");
        IElement[] elements = [.. document.Body!.Children];
        for (int i = 0; i < 6000; i++)
        {
            IElement element = elements[random.Next(elements.Length)];
            RandomNames.Assign(element, random, () => random.Next(2) == 0 ? pool[random.Next(64)] : new string(pool[random.Next(pool.Length)]));

            foreach (IElement asked in elements)
            {
                NameWords words = Words[random.Next(Words.Length)];
                Assert.That(words.IsMatch(asked), Is.EqualTo(RegexAnswer(words, asked)), $"{words.Pattern} on {asked.OuterHtml}");
            }
        }
    }

    private static bool RegexAnswer(NameWords words, IElement element)
    {
        string names = HtmlRules.NamesOf(element);
        return names.Length > 0 && words.Pattern.IsMatch(names);
    }

    [Test]
    public void Either_PatternsWithDifferentOptions_Throws()
    {
        var ignoringCase = new NameWords(new System.Text.RegularExpressions.Regex("caption", System.Text.RegularExpressions.RegexOptions.IgnoreCase), ["caption"]);
        var caseSensitive = new NameWords(new System.Text.RegularExpressions.Regex("credit"), ["credit"]);

        Assert.Throws<ArgumentException>(() => NameWords.Either(ignoringCase, caseSensitive));
    }
}
