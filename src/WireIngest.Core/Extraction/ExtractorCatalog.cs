using WireIngest.Core.Extraction.Feeds;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Extraction.Text;
using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Core.Extraction;

/// <summary>The extractors WireIngest ships, in the order the selector asks them (most specific first).</summary>
public static class ExtractorCatalog
{
    public static IReadOnlyList<IArticleExtractor> Default()
    {
        var html = new HtmlArticleExtractor();
        return
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

            // Feeds whose items carry their whole article, each item read as the page the http source would make of it.
            new RssFeedExtractor(html),

            // Web pages: markup that is none of the XML news roots above.
            html,

            // Wire copy as plain text: only a headline, wire opening lines and a dateline lead.
            new WireTextExtractor(),
            new TextPageExtractor(),
        ];
    }
}
