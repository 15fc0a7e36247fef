using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// <see cref="HtmlRules.IsInsideNamedRegion"/> asked of many elements of one page (its headings): each element's
/// answer is kept on the way up, so elements sharing ancestors (most of a page's headings) ask each ancestor's names once.
/// </summary>
internal sealed class NamedRegions(TextStatistics stats, Regex regionNames, bool withAsides, bool withNav = true)
{
    private readonly Dictionary<IElement, bool> inside = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> path = [];
    private readonly int large = stats.TotalLength * 2 / 5;

    /// <summary>Whether <paramref name="element"/> or an ancestor below the body is such a region.</summary>
    public bool Contains(IElement element)
    {
        bool answer = false;
        path.Clear();
        for (IElement? a = element; a is not null && a.LocalName != "body"; a = a.ParentElement)
        {
            if (inside.TryGetValue(a, out answer))
            {
                break;
            }

            path.Add(a);
            if (IsRegion(a, stats, regionNames, withAsides, withNav, large))
            {
                answer = true; // Everything on the way up was inside it.
                break;
            }
        }

        foreach (IElement below in path)
        {
            inside[below] = answer;
        }

        return answer;
    }

    /// <summary>
    /// Whether the element itself is a region: <c>nav</c> (with <paramref name="withNav"/>), <c>aside</c> or <c>footer</c>
    /// (with <paramref name="withAsides"/>), or named by <paramref name="regionNames"/> and holding less than
    /// <paramref name="large"/> characters of text (a layout wrapper holds more) and no story overlay.
    /// </summary>
    public static bool IsRegion(IElement element, TextStatistics stats, Regex regionNames, bool withAsides, bool withNav, int large)
    {
        if ((withNav && element.LocalName == "nav") || (withAsides && element.LocalName is "aside" or "footer"))
        {
            return true;
        }

        string names = HtmlRules.NamesOf(element);
        return names.Length > 0 && NameMatches.IsMatch(regionNames, names) && (stats.TextLength(element) < large || large == 0)
            && !HtmlRules.IsStoryOverlay(element, names);
    }
}
