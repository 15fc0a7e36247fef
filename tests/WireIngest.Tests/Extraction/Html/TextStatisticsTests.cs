using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class TextStatisticsTests
{
    private static readonly string[] Pages =
    [
        HtmlPages.Page("<h1>Headline</h1><div class=nav><a href=/a>Home</a> <a>no href</a> <a href=/b><b>Wor ld</b></a></div>" + HtmlPages.StoryParagraphs
            + "<script>var x = 1;</script><noscript><a href=/n>hidden link</a></noscript><svg><text>drawn</text></svg><template><p>t</p></template>"),
        "<p>no body element\u00a0here\u2003and\u3000there</p><a href=x><span><a href=y>nested</a></span> tail</a>",
        "<html><head><title>t</title></head><body></body></html>",
        "<html><body><a href=/only></a><img src=x><br>\t\r\n\u0085\u001f text</body></html>",
        string.Concat(Enumerable.Repeat("<div><a href=#>x</a>", 420)) + "deep text",
        "<frameset><frame src=a></frameset>",
        // Nested short numbered texts, finished innermost first by the walk: kept in document order.
        string.Concat(Enumerable.Repeat("<span>", 300)) + "7" + string.Concat(Enumerable.Repeat("<p><b>1</b> <i>2</i></p>", 50)),
    ];

    [TestCaseSource(nameof(Pages))]
    public void Compute_Page_AgreesWithTheRecursiveCount(string html)
    {
        using IDocument page = new HtmlParser().ParseDocument(html);
        AssertAgrees(page);
    }

    [Test]
    public void Compute_RandomTrees_AgreesWithTheRecursiveCount([Range(0, 199)] int seed)
    {
        var random = new Random(seed);
        using IDocument document = new HtmlParser().ParseDocument("<html><body></body></html>");
        string[] tags = ["div", "p", "a", "span", "script", "style", "template", "b", "section", "iframe"];
        string[] texts = ["word", " ", "two words", "\u00a0", "\t\n", "日本語 テキスト", "\u2028x", "", "12", "٣ comments", "more than twenty-four characters 2026"];
        var open = new List<IElement> { document.Body! };
        for (int i = 0; i < random.Next(1, 120); i++)
        {
            IElement parent = open[random.Next(open.Count)];
            if (random.Next(3) == 0)
            {
                parent.AppendChild(document.CreateTextNode(texts[random.Next(texts.Length)]));
                continue;
            }

            IElement child = document.CreateElement(tags[random.Next(tags.Length)]);
            if (random.Next(2) == 0)
            {
                child.SetAttribute("href", "/x");
            }

            parent.AppendChild(child);
            open.Add(child);
        }

        AssertAgrees(document);
    }

    [TestCase("")]
    [TestCase("plain ascii words")]
    [TestCase(" \t\r\n\v\f")]
    [TestCase("\\u001c\\u001d\\u001e\\u001f x")]
    [TestCase("nbsp\u00a0nel\u0085ideographic\u3000em\u2003line\u2028para\u2029narrow\u202f")]
    [TestCase("日本語のテキスト、 全角\u3000スペース")]
    public void CountVisible_Text_CountsWhatCharIsWhiteSpaceDoesNot(string escaped)
    {
        // Control characters other than white space go in escaped: NUnit names a case by its arguments, and a case whose
        // name holds them was never run.
        string text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.That(TextStatistics.CountVisible(text), Is.EqualTo(text.Count(c => !char.IsWhiteSpace(c))));
    }

    [Test]
    public void CountVisible_EveryCharacterOnce_AgreesWithCharIsWhiteSpace()
    {
        var text = new StringBuilder(char.MaxValue + 1);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            text.Append((char)c);
        }

        string all = text.ToString();
        Assert.That(TextStatistics.CountVisible(all), Is.EqualTo(all.Count(c => !char.IsWhiteSpace(c))));
    }

    [Test]
    public void CountVisible_RandomTexts_AgreeWithCharIsWhiteSpace()
    {
        // Words, runs of every kind of white space and lone non-ASCII letters, at the ends and inside.
        string[] pieces = ["word", "日本語", " ", "  ", "\n", "\r\n\t\t", "\u00a0", "\u3000", "\u2028", "\u0085", "é", "\u001f", ",", "\n    "];
        var random = new Random(20261129);
        for (int i = 0; i < 2_000; i++)
        {
            var text = new StringBuilder();
            int count = random.Next(0, 40);
            for (int j = 0; j < count; j++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string value = text.ToString();
            Assert.That(TextStatistics.CountVisible(value), Is.EqualTo(value.Count(c => !char.IsWhiteSpace(c))), value);
        }
    }

    // The comment counter looks only at short texts showing a digit: the digits are exactly the ones its regex's \d matches.
    [TestCase('0', true)]
    [TestCase('7', true)]
    [TestCase('٣', true)]
    [TestCase('७', true)]
    [TestCase('３', true)]
    [TestCase('²', false)]
    [TestCase('Ⅻ', false)]
    [TestCase('a', false)]
    public void ShowsDigit_Character_IsWhatRegexDigitMatches(char c, bool digit)
    {
        Assert.That(TextStatistics.ShowsDigit([c]), Is.EqualTo(digit));
        Assert.That(Regex.IsMatch(c.ToString(), @"\d", RegexOptions.CultureInvariant), Is.EqualTo(digit));
    }

    [Test]
    public void ShowsDigit_EveryCharacter_IsWhatRegexDigitMatches()
    {
        var digit = new Regex(@"^\d$", RegexOptions.CultureInvariant);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (TextStatistics.ShowsDigit([(char)c]) != digit.IsMatch(((char)c).ToString()))
            {
                Assert.Fail($"U+{c:X4}");
            }
        }
    }

    private static void AssertAgrees(IDocument document)
    {
        IElement root = document.Body ?? document.DocumentElement;
        TextStatistics stats = TextStatistics.Compute(root);
        var oracle = new Oracle();
        int total = oracle.Visit(root, insideLink: false, depth: 0).Text;

        Assert.Multiple(() =>
        {
            Assert.That(stats.TotalLength, Is.EqualTo(total), "total");
            Assert.That(stats.LinkCount, Is.EqualTo(oracle.LinkCount), "links");
            foreach (IElement element in document.All)
            {
                (int text, int link) = oracle.Stats.TryGetValue(element, out (int, int) s) ? s : (0, 0);
                Assert.That((stats.TextLength(element), stats.LinkLength(element)), Is.EqualTo((text, link)), element.LocalName);
            }

            Assert.That(stats.ShortNumberedTexts, Is.EqualTo(document.All.Where(e =>
                oracle.Stats.TryGetValue(e, out (int Text, int Link) s) && s.Text <= TextStatistics.ShortTextLength && oracle.Numbered.Contains(e))), "short numbered texts");
        });
    }

    // The statistics as a plain recursive walk of the statistics root, as they were computed before the page walk counted them.
    private sealed class Oracle
    {
        public Dictionary<IElement, (int Text, int Link)> Stats { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<IElement> Numbered { get; } = new(ReferenceEqualityComparer.Instance); // A digit shows in the counted text.

        public int LinkCount { get; private set; }

        public (int Text, int Link) Visit(IElement element, bool insideLink, int depth)
        {
            int text = 0;
            int link = 0;
            bool linked = element.LocalName == "a" && element.HasAttribute("href");
            bool isLink = insideLink || linked;
            LinkCount += linked ? 1 : 0;
            if (depth < HtmlText.MaxDepth)
            {
                foreach (INode child in element.ChildNodes)
                {
                    if (child is IText t)
                    {
                        int n = t.Data.Count(c => !char.IsWhiteSpace(c));
                        if (t.Data.Any(char.IsDigit))
                        {
                            Numbered.Add(element);
                        }

                        text += n;
                        link += isLink ? n : 0;
                    }
                    else if (child is IElement e && !HtmlRules.IsInvisibleTag(e.LocalName))
                    {
                        (int innerText, int innerLink) = Visit(e, isLink, depth + 1);
                        if (Numbered.Contains(e))
                        {
                            Numbered.Add(element);
                        }

                        text += innerText;
                        link += innerLink;
                    }
                }
            }

            Stats[element] = (text, link);
            return (text, link);
        }
    }
}
