using AngleSharp.Css.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>A whole-page selector query that <see cref="PageElements"/> answers in its one walk.</summary>
internal sealed class PageQuery
{
    public PageQuery(ISelector selector)
    {
        Selector = selector;
        AttributesOnly = PageElements.IsAttributesOnly(selector);
    }

    public ISelector Selector { get; }

    /// <summary>Every selector of the list needs an attribute to match: elements without attributes are skipped unasked.</summary>
    public bool AttributesOnly { get; }
}
