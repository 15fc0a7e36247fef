using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The elements of a page that hold an image below them: every ancestor of its images. An element is in the set exactly
/// when <c>element.First(images' selector)</c> finds one, so a walk can tell how far up the nearest image box is without
/// searching any subtree.
/// </summary>
internal sealed class ImageHolders
{
    private readonly HashSet<IElement> holders = new(ReferenceEqualityComparer.Instance);

    /// <param name="images">Every image of the document (its elements matching the images' selector).</param>
    public ImageHolders(IReadOnlyList<IElement> images)
    {
        for (int i = 0; i < images.Count; i++)
        {
            // The ancestors of a holder hold the image too: the climb stops at the first one already marked.
            IElement? ancestor = images[i].ParentElement;
            while (ancestor is not null && holders.Add(ancestor))
            {
                ancestor = ancestor.ParentElement;
            }
        }
    }

    /// <summary>Whether an image sits below <paramref name="element"/>.</summary>
    public bool Holds(IElement element) => holders.Contains(element);
}
