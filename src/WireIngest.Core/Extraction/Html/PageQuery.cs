using AngleSharp.Css.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>A whole-page selector query that <see cref="PageElements"/> answers in its one walk.</summary>
internal sealed class PageQuery(ISelector selector)
{
    public ISelector Selector { get; } = selector;
}
