using System.Buffers;
using System.Text.RegularExpressions;
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

    // The comment counter skips texts without a digit: the digits counted are exactly the ones its regex's \d matches.
    [TestCase('0', true)]
    [TestCase('7', true)]
    [TestCase('٣', true)]
    [TestCase('७', true)]
    [TestCase('３', true)]
    [TestCase('²', false)]
    [TestCase('Ⅻ', false)]
    [TestCase('a', false)]
    public void Digits_Character_AreWhatRegexDigitMatches(char c, bool digit)
    {
        Assert.That(CommentCounter.Digits.Contains(c), Is.EqualTo(digit));
        Assert.That(Regex.IsMatch(c.ToString(), @"\d", RegexOptions.CultureInvariant), Is.EqualTo(digit));
    }

    [Test]
    public void Digits_EveryCharacter_AreWhatRegexDigitMatches()
    {
        var digit = new Regex(@"^\d$", RegexOptions.CultureInvariant);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (CommentCounter.Digits.Contains((char)c) != digit.IsMatch(((char)c).ToString()))
            {
                Assert.Fail($"U+{c:X4}");
            }
        }
    }

    private static int CountInBuiltText(IElement element) => HtmlText.Of(element).Count(Commas.Contains);
}
