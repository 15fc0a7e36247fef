using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Extraction.Text;
using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Core.Extraction;

/// <summary>The extractors WireIngest ships, in the order the selector asks them (most specific first).</summary>
public static class ExtractorCatalog
{
    public static IReadOnlyList<IArticleExtractor> Default() =>
    [
        // Structured and framed wire formats: each recognised by its root element, JSON shape or framing.
        new NewsMlG2Extractor(),
        new NewsMl12Extractor(),
        new NitfExtractor(),
        new ApMediaApiExtractor(),
        new NinjsExtractor(),
        new RitzauExtractor(),
        new AtomFeedExtractor(),
        new Anpa1312Extractor(),
        new Iptc7901Extractor(),

        // Web pages: markup that is none of the XML news roots above.
        new HtmlArticleExtractor(),

        // Wire copy as plain text: only a headline, wire opening lines and a dateline lead.
        new WireTextExtractor(),
        new TextPageExtractor(),
    ];
}
