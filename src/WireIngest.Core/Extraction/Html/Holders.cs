using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The elements of a page that hold one of a set of elements (its images, its figures) below them: every ancestor of
/// those elements. An element is in the set exactly when <c>element.First(their selector)</c> finds one, so a walk can
/// tell how far up the nearest image box is, or whether a subtree holds a figure, without searching any subtree.
/// </summary>
internal sealed class Holders
{
    private readonly HashSet<IElement> holders = new(ReferenceEqualityComparer.Instance);

    /// <param name="held">Every element of the document (or body) matching the held elements' selector.</param>
    public Holders(IReadOnlyList<IElement> held)
    {
        for (int i = 0; i < held.Count; i++)
        {
            // The ancestors of a holder hold the element too: the climb stops at the first one already marked.
            IElement? ancestor = held[i].ParentElement;
            while (ancestor is not null && holders.Add(ancestor))
            {
                ancestor = ancestor.ParentElement;
            }
        }
    }

    /// <summary>Whether one of the held elements sits below <paramref name="element"/>.</summary>
    public bool Holds(IElement element) => holders.Contains(element);
}
