using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The visible texts (<see cref="HtmlText.Of"/>) of elements asked about during one question over an unchanging page:
/// the byline locator asks for the same boxes, links and paragraphs again from its several rules, and each is built once.
/// </summary>
internal sealed class SubtreeTexts
{
    private readonly Dictionary<IElement, string> texts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The element's visible text, as <see cref="HtmlText.Of"/>.</summary>
    public string Of(IElement element)
    {
        if (!texts.TryGetValue(element, out string? text))
        {
            text = HtmlText.Of(element);
            texts.Add(element, text);
        }

        return text;
    }
}
