using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>The kept answers of <see cref="NamedRegions"/> agree with asking every ancestor of each element afresh.</summary>
[TestFixture]
public sealed class NamedRegionsTests
{
    private static readonly string[] Tags = ["div", "div", "section", "nav", "aside", "footer", "h2", "h3", "p", "article", "span"];
    private static readonly string[] Classes = ["", "", "", "related", "story", "modal", "sidebar-layout", "menu", "teaser", "content"];

    [Test]
    public void Contains_RandomPagesAskedInRandomOrder_AsIsInsideNamedRegion([Values(true, false)] bool withAsides, [Values(true, false)] bool withNav)
    {
        var random = new Random(20261129);
        for (int page = 0; page < 300; page++)
        {
            string html = RandomMarkup.Page(random, 4, h => Grow(h, random, 0));
            using IDocument document = new HtmlParser().ParseDocument(html);
            TextStatistics stats = TextStatistics.Compute(document.Body!);
            var regions = new NamedRegions(stats, ChromeRegion, withAsides, withNav);
            IElement[] elements = [.. document.Body!.QuerySelectorAll("*").OrderBy(_ => random.Next())];
            foreach (IElement element in elements)
            {
                Assert.That(regions.Contains(element), Is.EqualTo(HtmlRules.IsInsideNamedRegion(element, stats, ChromeRegion, withAsides, withNav)),
                    $"{element.OuterHtml} in {document.Body.InnerHtml}");
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ChromeRegion = new("related|modal|sidebar|menu|teaser");

    private static void Grow(StringBuilder html, Random random, int depth)
    {
        if (random.Next(5) == 0 || depth > 6)
        {
            html.Append(random.Next(3) == 0 ? string.Concat(Enumerable.Repeat("Story text of some length. ", 30)) : "short");
            return;
        }

        RandomMarkup.AppendElement(html, random, Tags, Classes, () => Grow(html, random, depth + 1));
    }
}
