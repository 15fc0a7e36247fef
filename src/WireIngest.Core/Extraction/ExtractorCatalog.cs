using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Extraction.Text;

namespace WireIngest.Core.Extraction;

/// <summary>The extractors WireIngest ships, in the order the selector asks them (most specific first).</summary>
public static class ExtractorCatalog
{
    public static IReadOnlyList<IArticleExtractor> Default() =>
    [
        new HtmlArticleExtractor(),
        new TextPageExtractor(),
    ];
}
