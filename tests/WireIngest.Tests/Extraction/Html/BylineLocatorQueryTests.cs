using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>The byline locator's shortcuts held equal to the selector queries they replace, on every element of small pages.</summary>
[TestFixture]
public sealed class BylineLocatorQueryTests
{
    // Author links beside, inside and around boxes; upper-case attribute names, duplicated attributes (the first counts),
    // links in SVG, non-ASCII addresses; nested blocks and spans, upper-case tags, foreign content and templates.
    private static readonly string[] Pages =
    [
        HtmlPages.Page("<div class=byline><span>By <a rel=author href='/author/a'>Ann Lee</a></span> and <span><a REL=author href='/x'>Bo Li</a></span></div>"
            + "<div><p itemprop=name>Cy Doe</p><div><span><a href='/people/d'>Di</a></span></div></div>" + HtmlPages.StoryParagraphs),
        "<html><body><div class=byline><span itemprop=name><a href='/author/a'>A</a> and <a href='/author/b'>B <span class=author-name>b</span></a></span>"
            + "<span class='byline__name'><b itemprop=name>C</b></span><i itemprop=name></i><a rel=author href='/staff/x'><span class=authorName>X</span></a></div></body></html>",
        "<html><body><div><a href='/x' href='/author/y'>dup</a><span><a HREF='/autor/ñandú'>ñ</a></span></div><svg><a href='/profile/s'><text>s</text></a></svg><p><span>By Someone</span></p></body></html>",
        "<html><body><DIV><P>one<SPAN>two<DIV>three</DIV></SPAN></P><span><span><p>deep</p></span></span><span>leaf</span></DIV>"
            + "<svg><foreignObject><div><span>in svg</span></div></foreignObject></svg><math><mi><p>in math</p></mi></math>"
            + "<template><div><p>template</p></div></template><div></div><p></p></body></html>",
    ];

    [Test]
    public void HasAuthorLinkBeside_EveryChildOfThePage_AgreesWithCountingBothSubtrees([ValueSource(nameof(Pages))] string html)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);

        Assert.Multiple(() =>
        {
            foreach (IElement box in document.All)
            {
                if (box.ParentElement is not { } parent)
                {
                    continue;
                }

                int here = box.All(BylineLocator.AuthorLinks).Length + (BylineLocator.AuthorLinks.Match(box) ? 1 : 0);
                bool counted = parent.All(BylineLocator.AuthorLinks).Length > here;
                Assert.That(BylineLocator.HasAuthorLinkBeside(box, parent), Is.EqualTo(counted), box.OuterHtml);
            }
        });
    }

    [Test]
    public void HoldBlocks_ShortLinesOfEveryScope_AgreeWithFirstBlockChild([ValueSource(nameof(Pages))] string html)
    {
        ForEveryScope(html, scope =>
        {
            IHtmlCollection<IElement> lines = scope.All(BylineLocator.ShortLines);
            bool[] expected = [.. lines.Select(line => line.First(BylineLocator.BlockChildren) is not null)];
            Assert.That(BylineLocator.HoldBlocks(lines), Is.EqualTo(expected), scope.LocalName);
        });
    }

    [Test]
    public void HoldsNextListed_NameElementsOfEveryScope_AgreeWithFirstNameElement([ValueSource(nameof(Pages))] string html)
    {
        ForEveryScope(html, scope =>
        {
            IHtmlCollection<IElement> names = scope.All(BylineLocator.NameElements);
            for (int i = 0; i < names.Length; i++)
            {
                Assert.That(BylineLocator.HoldsNextListed(names, i), Is.EqualTo(names[i].First(BylineLocator.NameElements) is not null), names[i].OuterHtml);
            }
        });
    }

    [Test]
    public void StartsWithByWord_RandomPieces_AgreesWithTheByPrefixOnThePieceAndASpace()
    {
        // The by-words and their neighbours in case, spacing and Unicode (dotless i, non-breaking space, line breaks).
        string[] parts = ["by", "BY", "By", "von", "par", "Por", "door", "di", "dı", "DI", "de", "d", "e", " ", "\u00A0", "\n", "\t", "x", "Jane", ",", "İ"];
        var byPrefix = new System.Text.RegularExpressions.Regex(@"^(by|von|par|por|door|di|de)\s",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var random = new Random(11);
        for (int round = 0; round < 20000; round++)
        {
            string piece = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)]));
            Assert.That(BylineLocator.StartsWithByWord(piece), Is.EqualTo(byPrefix.IsMatch(piece + " ")), piece);
        }
    }

    // Doubled names, handles and addresses, initials in brackets, "more stories by", trailing marks and digits; and pieces
    // each pattern must leave alone (too short, a bracketed title, a digit after a space, a number in a name).
    private static readonly object[] CleanedPieces =
    [
        new object[] { "Jane Doe Jane Doe", "Jane Doe" }, new object[] { "ab ab", "ab ab" }, new object[] { "Tom Doe@tomdoe", "Tom Doe" },
        new object[] { "Tom Doe tom@doe.com", "Tom Doe" }, new object[] { "Tom Doe [email protected]", "Tom Doe" },
        new object[] { "Jane Doe (jd)", "Jane Doe" }, new object[] { "Jane Doe (Reuters Staff)", "Jane Doe (Reuters Staff)" },
        new object[] { "More stories by Jane Doe", "Jane Doe" }, new object[] { "  Jane Doe / ", "Jane Doe" }, new object[] { "Jane Doe2", "Jane Doe" },
        new object[] { "Jane Doe ٣", "Jane Doe ٣" }, new object[] { "Jane Doe٣", "Jane Doe" }, new object[] { "Route 66", "Route 66" }, new object[] { "", "" },
    ];

    [TestCaseSource(nameof(CleanedPieces))]
    public void CleanPiece_Piece_DropsDoublesHandlesInitialsAndTrailingDigits(string piece, string expected)
    {
        Assert.That(BylineLocator.CleanPiece(piece), Is.EqualTo(expected));
    }

    [Test]
    public void HoldBlocks_NestedContainers_AreMarkedAndLeavesAreNot()
    {
        using IDocument document = new HtmlParser().ParseDocument("<div id=outer><span id=s><p id=p>By Jane Doe</p></span><span id=leaf>x</span></div>");

        IHtmlCollection<IElement> lines = document.Body!.All(BylineLocator.ShortLines);

        Assert.That(lines.Select(l => l.Id), Is.EqualTo(new[] { "outer", "s", "p", "leaf" }));
        Assert.That(BylineLocator.HoldBlocks(lines), Is.EqualTo(new[] { true, true, false, false }));
    }

    // Runs the check on every element of the page as a scope, reporting every disagreement.
    private static void ForEveryScope(string html, Action<IElement> check)
    {
        using IDocument document = new HtmlParser().ParseDocument(html);
        Assert.Multiple(() =>
        {
            foreach (IElement scope in document.All)
            {
                check(scope);
            }
        });
    }
}
