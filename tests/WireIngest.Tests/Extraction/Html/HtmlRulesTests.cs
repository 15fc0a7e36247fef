using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlRulesTests
{
    [TestCase("<div class='story body'></div>", "story body   ")]
    [TestCase("<div data-a=b></div>", "")]
    [TestCase("<div id=x class=a role=main></div>", "a x main ")]
    [TestCase("<div id=x itemprop=articleBody></div>", " x  articleBody")]
    [TestCase("<div class=\"\"></div>", "   ")]
    public void NamesOf_Attributes_JoinsClassIdRoleItemprop(string html, string expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.QuerySelector("div")!;

        Assert.That(HtmlRules.NamesOf(element), Is.EqualTo(expected));
        Assert.That(HtmlRules.NamesOf(element), Is.EqualTo(expected), "asked again (cached)");
    }

    [TestCase("<div></div>", false)]
    [TestCase("<div hidden></div>", true)]
    [TestCase("<div HIDDEN=hidden class=x></div>", true)]
    [TestCase("<div class=x style='color: red'></div>", false)]
    [TestCase("<div style='DISPLAY : none'></div>", true)]
    [TestCase("<div id=a style='visibility:hidden' data-x=1></div>", true)]
    [TestCase("<div data-hidden=1 aria-hidden=true></div>", false)]
    [TestCase("<svg style='display:none'></svg>", true)]
    [TestCase("<svg hidden></svg>", true)]
    public void IsHidden_Attributes_AnswersAsTheByNameLookups(string html, bool expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.Body!.FirstElementChild!;
        bool byName = element.HasAttribute("hidden")
            || (element.GetAttribute("style") is { } style && System.Text.RegularExpressions.Regex.IsMatch(style, @"display\s*:\s*none|visibility\s*:\s*hidden", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        Assert.That((HtmlRules.IsHidden(element), byName), Is.EqualTo((expected, expected)));
    }

    // The "hidden" utility class hides a box until a script shows it (Postmedia's subscriber pitch); a responsive variant
    // (Tailwind's "hidden md:block") shows it on a desktop, and other tokens holding the word hide nothing.
    [TestCase("intro-body__premium hidden", true)]
    [TestCase("hidden", true)]
    [TestCase("a\thidden\tb", true)]
    [TestCase("hidden md:block", false)]
    [TestCase("hidden-xs", false)]
    [TestCase("visually-hidden", false)]
    [TestCase("overflow-hidden", false)]
    [TestCase("Hidden", false)]
    public void IsHidden_HiddenUtilityClass_HidesOnlyTheWholeToken(string classes, bool expected)
    {
        using IDocument document = new HtmlParser().ParseDocument($"<div class='{System.Text.RegularExpressions.Regex.Unescape(classes)}'>Subscribe</div>");

        Assert.That(HtmlRules.IsHidden(document.Body!.FirstElementChild!), Is.EqualTo(expected));
    }

    // "cta" (call to action) names a prompt box only as a word of its own: a fundraising letter, a "subscribe" line, a
    // "see gallery" button; inside other words (octagon, factbox) it names nothing.
    [TestCase("<div class='smg-zone-widget smg-zone-widget-custom-cta-letter'>Support us</div>", true)]
    [TestCase("<div class='cta'>Subscribe on YouTube!</div>", true)]
    [TestCase("<a class='btn_cta'>See Gallery</a>", true)]
    [TestCase("<div class='octagon-ctas'>text</div>", false)]
    [TestCase("<div class='factbox'>text</div>", false)]
    public void IsChrome_CallToActionWord_MarksOnlyTheWordApart(string html, bool expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);

        Assert.That(HtmlRules.IsChrome(document.Body!.FirstElementChild!), Is.EqualTo(expected));
    }

    // Screen-reader-only text is clipped to nothing ("visually hidden": Reuters' ", opens new tab", WordPress'
    // screen-reader-text); a clip that crops to a visible part is not hiding.
    [TestCase("border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;position:absolute;width:1px", true)]
    [TestCase("clip: rect(1px, 1px, 1px, 1px); position: absolute !important; height: 1px; width: 1px; overflow: hidden", true)]
    [TestCase("position:absolute; CLIP:RECT(0px,0px,0px,0px)", true)]
    [TestCase("clip-path: inset(100%)", true)]
    [TestCase("clip: rect(0px 120px 80px 0px); position: absolute", false)]
    [TestCase("clip-path: inset(10% 0 0 0)", false)]
    [TestCase("overflow: hidden; height: 1.5em", false)]
    public void IsHidden_ClippedStyle_HidesOnlyWhatIsClippedToNothing(string style, bool expected)
    {
        using IDocument document = new HtmlParser().ParseDocument($"<span style='{style}'>, opens new tab</span>");

        Assert.That(HtmlRules.IsHidden(document.Body!.FirstElementChild!), Is.EqualTo(expected));
    }

    // Tags chrome by themselves, roles (also set by script in another case, and on SVG), chrome words with and without
    // content or overlay names, layout wrappers, names outside ASCII, elements without names.
    private static readonly string[] ChromeCandidates =
    [
        "<nav></nav>", "<nav class=article-body></nav>", "<aside class=x></aside>", "<footer id=main-content></footer>", "<form></form>",
        "<menu class=a></menu>", "<div></div>", "<div data-role=navigation></div>", "<div role=navigation></div>", "<div role=main class=x></div>",
        "<div role=search></div>", "<div class=sidebar></div>", "<div class='sidebar article-content'></div>", "<div class='main_color sidebar_right'></div>",
        "<div class='modal'><article><p>x</p></article></div>", "<div class='modal'><p>x</p></div>", "<div class=share-tools id=x></div>",
        "<div class='cömment'></div>", "<div class='Komment'></div>", "<div class=''></div>", "<div id=tags></div>", "<div itemprop=author></div>",
        "<svg role=banner class=icon></svg>", "<section class='top-ads box'></section>", "<div class=content role=complementary></div>",
    ];

    [Test]
    public void IsChrome_VariedElements_AnswersAsTheRulesOverTheJoinedNames([ValueSource(nameof(ChromeCandidates))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.Body!.FirstElementChild!;
        IElement scripted = (IElement)element.Clone(deep: true);
        document.Body.AppendChild(scripted);
        if (scripted.GetAttribute("role") is { } role)
        {
            scripted.RemoveAttribute("role");
            scripted.SetAttribute("ROLE", role);
        }

        Assert.Multiple(() =>
        {
            foreach (IElement e in new[] { element, scripted })
            {
                Assert.That(HtmlRules.IsChrome(e), Is.EqualTo(ChromeByTheJoinedNames(e)), e.OuterHtml);
                Assert.That(HtmlRules.IsUnlikelyCandidate(e), Is.EqualTo(UnlikelyByTheJoinedNames(e)), e.OuterHtml + " unlikely");
            }
        });
    }

    // Metered sites (Condé Nast, Future) print the withheld paragraphs in full as <p class="paywall">: story text. The
    // word still marks a paywall box, a prompt's own paragraph (c-paywall__text), and chrome named by other words.
    [TestCase("<p class=paywall>Classical computers encode information as bits.</p>", false)]
    [TestCase("<p class='PayWall' id=elk-2 aria-hidden=true>text</p>", false)]
    [TestCase("<p class='has-dropcap paywall'>text</p>", false)]
    [TestCase("<p class=\"paywall\tlead\">text</p>", false)]
    [TestCase("<p class='paywall byline'>By A. Writer</p>", true)]
    [TestCase("<p class=paywall id=share-tools>text</p>", true)]
    [TestCase("<p class=c-paywall__text>Subscribe to keep reading</p>", true)]
    [TestCase("<div class=paywall><p>Subscribe to keep reading</p></div>", true)]
    [TestCase("<section class='paywall'>text</section>", true)]
    public void IsChrome_PaywallWord_MarksBoxesButNotMeteredParagraphs(string html, bool expected)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.Body!.FirstElementChild!;

        Assert.That((HtmlRules.IsChrome(element), HtmlRules.IsUnlikelyCandidate(element)), Is.EqualTo((expected, expected)));
    }

    // The rules as written over the joined names and by-name lookups, without the one-pass reads and cached words.
    private static bool ChromeByTheJoinedNames(IElement element)
    {
        string names = HtmlRules.NamesOf(element);
        if (element.LocalName is "nav" or "aside" or "footer" or "menu" or "form" && !HtmlRules.IsContentName(names))
        {
            return true;
        }

        return names.Length > 0
            && (element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "menu" or "menubar" or "search" or "dialog" or "contentinfo"
                || (HtmlRules.ChromeWords.Pattern.IsMatch(names) && !HtmlRules.IsContentName(names) && !HtmlRules.IsStoryOverlay(element, names)));
    }

    private static bool UnlikelyByTheJoinedNames(IElement element)
    {
        string names = HtmlRules.NamesOf(element);
        return element.LocalName is "nav" or "aside" or "footer" or "menu"
            || (names.Length > 0 && ChromeByTheJoinedNames(element)
                && !System.Text.RegularExpressions.Regex.IsMatch(names, "and|article|body|column|content|main|shadow", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));
    }
}
