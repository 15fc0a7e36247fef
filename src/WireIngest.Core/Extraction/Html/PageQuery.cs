using AngleSharp.Css.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>A whole-page selector query that <see cref="PageElements"/> answers in its one walk.</summary>
internal sealed class PageQuery
{
    public PageQuery(ISelector selector)
    {
        Selector = selector;
        TestedAttributes = PageElements.IsAttributesOnly(selector) ? PageElements.AttributeNames(selector) : null;
    }

    public ISelector Selector { get; }

    /// <summary>
    /// When every selector of the list is only attribute tests: the attribute names they test. An element carrying none
    /// of them cannot match and is skipped unasked; null when the selector may match without attributes.
    /// </summary>
    public string[]? TestedAttributes { get; }
}
