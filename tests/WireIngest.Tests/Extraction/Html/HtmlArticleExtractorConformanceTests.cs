using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlArticleExtractorConformanceTests : ExtractorConformanceTests
{
    protected override IArticleExtractor CreateExtractor() => new HtmlArticleExtractor();
}
