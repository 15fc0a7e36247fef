using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlTextTests
{
    private static readonly SearchValues<char> Commas = SearchValues.Create(",，、。");

    [TestCase("<p>One, two, three.</p>")]
    [TestCase("<p>No commas at all</p>")]
    [TestCase("<p></p>")]
    [TestCase("<p>A,<b>b,</b><script>x,y,z</script><style>a,b{}</style> c,<span hidden>d,</span><span style='display: none'>e,</span></p>")]
    [TestCase("<p>東京、大阪。京都，奈良,<br>神戸</p>")]
    [TestCase("<div>a,<div>b,<p>c,</p></div><template>t,</template><svg><text>s,</text></svg><button>b,</button></div>")]
    [TestCase("<p>x,&#x200B;,&#xAD;, ,\u00A0,</p>")]
    [TestCase("<p>,<!-- c,omment -->,</p>")]
    public void CountOf_Paragraph_CountsAsInTheBuiltText(string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.Body!.FirstElementChild!;

        Assert.That(HtmlText.CountOf(element, Commas), Is.EqualTo(CountInBuiltText(element)));
    }

    [Test]
    public void CountOf_NestingDeeperThanTheLimit_CountsAsInTheBuiltText()
    {
        int levels = HtmlText.MaxDepth + 20;
        string html = "<div>" + string.Concat(Enumerable.Repeat("<span>,", levels)) + string.Concat(Enumerable.Repeat("</span>", levels)) + "</div>";
        using IDocument document = new HtmlParser().ParseDocument(html);
        IElement element = document.Body!.FirstElementChild!;

        Assert.That(HtmlText.CountOf(element, Commas), Is.EqualTo(CountInBuiltText(element)).And.LessThan(levels));
    }

    private static readonly SearchValues<char> ByLetters = SearchValues.Create("BVPD");

    // Pieces of text that normalisation changes: spaces of every kind, invisible characters, combining marks that NFC
    // composes with the letter before, characters NFC decomposes or replaces (Kelvin, Angstrom, Greek question mark).
    private static readonly string[] Pieces =
    [
        "By", " ", "  ", "\u00A0", "\u2003", "\t", "\n", "\u200B", "\u00AD", "\uFEFF", "e\u0301", "B\u0307", "\u0301", "\u212A", "\u212B",
        "\u037E", "\u0344", "\u1100\u1161", "é", "x", "Von ", "Door", "Par", ",", "日本", "Ǆ",
    ];

    private static readonly string[] Wrappers = ["<span>{0}</span>", "<p>{0}</p>", "<b>{0}</b><br>", "<span hidden>{0}</span>", "<script>{0}</script>", "{0}"];

    [Test]
    public void IsLongerThan_RandomSubtrees_AgreesWithTheBuiltTextsLength()
    {
        ForRandomSubtrees(5, (element, random) =>
        {
            int length = HtmlText.Of(element).Length;
            foreach (int limit in new[] { 0, 1, 2, 5, length - 1, length, length + 1, random.Next(0, 60) })
            {
                Assert.That(HtmlText.IsLongerThan(element, limit), Is.EqualTo(length > limit), $"{element.OuterHtml} > {limit}");
            }
        });
    }

    [Test]
    public void IsLongerThan_LongSubtree_StopsWithTheRightAnswer()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div>" + string.Concat(Enumerable.Repeat("<p>Twenty characters.</p>", 500)) + "</div>");
        IElement element = document.Body!.FirstElementChild!;

        Assert.That(HtmlText.IsLongerThan(element, 200), Is.True);
        Assert.That(HtmlText.IsLongerThan(element, HtmlText.Of(element).Length), Is.False);
    }

    [Test]
    public void MayStartWith_RandomSubtrees_IsTrueWheneverTheBuiltTextStartsSo()
    {
        ForRandomSubtrees(7, (element, _) =>
        {
            string text = HtmlText.Of(element);
            if (text.Length > 0 && ByLetters.Contains(text[0]))
            {
                Assert.That(HtmlText.MayStartWith(element, ByLetters), Is.True, element.OuterHtml);
            }
        });
    }

    [TestCase("<p> <b>\u00A0</b>Bob</p>", true)]
    [TestCase("<p><span hidden>B</span>xB</p>", false)]
    [TestCase("<p><script>B</script>Door</p>", true)]
    [TestCase("<p>\u212A</p>", true)]
    [TestCase("<p></p>", true)]
    [TestCase("<p>  , By</p>", false)]
    public void MayStartWith_Paragraph_RulesOutOnlyAnotherAsciiStart(string html, bool may)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);

        Assert.That(HtmlText.MayStartWith(document.Body!.FirstElementChild!, ByLetters), Is.EqualTo(may));
    }

    private static void ForRandomSubtrees(int seed, Action<IElement, Random> check)
    {
        var random = new Random(seed);
        for (int round = 0; round < 400; round++)
        {
            IElement element = RandomSubtree(random, out IDocument document);
            using (document)
            {
                check(element, random);
            }
        }
    }

    private static IElement RandomSubtree(Random random, out IDocument document)
    {
        var html = new System.Text.StringBuilder();
        int parts = random.Next(0, 40);
        for (int i = 0; i < parts; i++)
        {
            string piece = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            html.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Wrappers[random.Next(Wrappers.Length)], piece));
        }

        document = new HtmlParser().ParseDocument("<div>" + html + "</div>");
        return document.Body!.FirstElementChild!;
    }

    private static int CountInBuiltText(IElement element) => HtmlText.Of(element).Count(Commas.Contains);
}
