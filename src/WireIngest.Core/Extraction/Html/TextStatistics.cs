using System.Buffers;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Per-element visible text length and linked text length, computed bottom-up during the one page walk
/// (<see cref="PageElements"/>) so that no rule re-reads the text of a large subtree.
/// </summary>
/// <remarks>
/// Covers the statistics root (the body) and the elements reached from it through visible elements: invisible tags
/// (<see cref="HtmlRules.IsInvisibleTag"/>) and everything under them count for nothing, and nesting deeper than
/// <see cref="HtmlText.MaxDepth"/> below the root is not counted.
/// </remarks>
internal sealed class TextStatistics
{
    // White space other than the ordinary space, as char.IsWhiteSpace has it (a test checks every character). A text's
    // visible length is its length less its spaces (one vectorised count) less these, found one by one: few once trimmed.
    private const string OtherWhiteSpaceChars =
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(OtherWhiteSpaceChars);

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" " + OtherWhiteSpaceChars);

    // What \d matches in .NET: every Unicode decimal digit (char.IsDigit).
    private static readonly SearchValues<char> Digits = SearchValues.Create(UnicodeDigits());

    /// <summary>Longest visible text (non-space characters) of <see cref="ShortNumberedTexts"/>: labels and counters.</summary>
    public const int ShortTextLength = 24;

    private readonly Dictionary<IElement, ElementText> stats;

    private TextStatistics(Dictionary<IElement, ElementText> stats, int linkCount, int totalLength, List<IElement> shortNumberedTexts)
    {
        this.stats = stats;
        LinkCount = linkCount;
        TotalLength = totalLength;
        ShortNumberedTexts = shortNumberedTexts;
    }

    /// <summary>Number of links (<c>a[href]</c>) in the document's visible part.</summary>
    public int LinkCount { get; }

    /// <summary>Non-space characters of visible text on the whole page.</summary>
    public int TotalLength { get; }

    /// <summary>
    /// The elements whose visible text is at most <see cref="ShortTextLength"/> characters and shows a digit (dates,
    /// times, counters), in document order: the few places a number label can be, without asking every element.
    /// </summary>
    public IReadOnlyList<IElement> ShortNumberedTexts { get; }

    /// <summary>The answers to the page's whole-document selector queries, gathered once.</summary>
    public PageElements Elements { get; private init; } = null!;

    /// <summary>Statistics of <paramref name="root"/>; whole-page queries are asked of the document as they come.</summary>
    public static TextStatistics Compute(IElement root) => PageElements.Collect(root.Owner!, root, PageQueries.None).Statistics;

    /// <summary>Non-space characters of visible text under the element.</summary>
    public int TextLength(IElement element) => stats.TryGetValue(element, out ElementText s) ? s.Text : 0;

    /// <summary>Non-space characters of visible text inside links under the element.</summary>
    public int LinkLength(IElement element) => stats.TryGetValue(element, out ElementText s) ? s.Link : 0;

    /// <summary>Share of the element's text that sits inside links (0 when it has no text).</summary>
    public double LinkDensity(IElement element)
    {
        if (!stats.TryGetValue(element, out ElementText s) || s.Text == 0)
        {
            return 0;
        }

        return (double)s.Link / s.Text;
    }

    /// <summary>Characters of <paramref name="data"/> that are not white space (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    public static int CountVisible(ReadOnlySpan<char> data)
    {
        // Trimmed first: half a page's texts are the indentation between its tags (white space only, answered by one
        // search), and the rest mostly carry their line breaks at the ends.
        int start = data.IndexOfAnyExcept(WhiteSpace);
        if (start < 0)
        {
            return 0;
        }

        data = data[start..(data.LastIndexOfAnyExcept(WhiteSpace) + 1)];
        int visible = data.Length - data.Count(' ');
        for (int other = data.IndexOfAny(OtherWhiteSpace); other >= 0; other = data.IndexOfAny(OtherWhiteSpace))
        {
            visible--;
            data = data[(other + 1)..];
        }

        return visible;
    }

    /// <summary>Whether <paramref name="data"/> holds a decimal digit of any script (what the regex <c>\d</c> matches).</summary>
    public static bool ShowsDigit(ReadOnlySpan<char> data) => data.ContainsAny(Digits);

    private static char[] UnicodeDigits()
    {
        var digits = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c))
            {
                digits.Add((char)c);
            }
        }

        return [.. digits];
    }

    /// <summary>Collects the statistics as the page walk reaches each element and finishes its children.</summary>
    internal sealed class Builder
    {
        // Kept in a pooled array while the walk runs and put in a dictionary sized once at the end: the element count
        // is not known before the walk, and growing the dictionary step by step rehashes it several times over.
        private (IElement Element, ElementText Text)[] entries = ArrayPool<(IElement, ElementText)>.Shared.Rent(1024);
        private int count;

        // With their place in document order: the walk finishes children before their parent, so they are sorted at the end.
        private readonly List<(int Order, IElement Element)> shortNumbered = [];

        public int LinkCount { get; set; }

        public int TotalLength { get; set; }

        /// <summary>
        /// Keeps an element's counts; an element without text is not kept, since every question answers 0 for it.
        /// <paramref name="order"/> is the element's place in document order.
        /// </summary>
        public void Record(IElement element, int order, int text, int link, bool digit)
        {
            if (text == 0)
            {
                return; // Link text is part of the text: none either.
            }

            if (digit && text <= ShortTextLength)
            {
                shortNumbered.Add((order, element));
            }

            if (count == entries.Length)
            {
                (IElement, ElementText)[] larger = ArrayPool<(IElement, ElementText)>.Shared.Rent(count * 2);
                entries.AsSpan().CopyTo(larger);
                ArrayPool<(IElement, ElementText)>.Shared.Return(entries, clearArray: true);
                entries = larger;
            }

            entries[count++] = (element, new ElementText(text, link));
        }

        public TextStatistics Build(PageElements elements)
        {
            var stats = new Dictionary<IElement, ElementText>(count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < count; i++)
            {
                stats[entries[i].Element] = entries[i].Text;
            }

            ArrayPool<(IElement, ElementText)>.Shared.Return(entries, clearArray: true); // Cleared: the pool must not keep the page alive.
            entries = [];

            shortNumbered.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            return new TextStatistics(stats, LinkCount, TotalLength, [.. shortNumbered.Select(s => s.Element)]) { Elements = elements };
        }
    }

    private readonly record struct ElementText(int Text, int Link);
}
