using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;

namespace WireIngest.Tests.Pipeline;

[TestFixture]
public sealed class PipelineWarmUpTests
{
    [Test]
    public void Page_ThroughThePipeline_IsAcceptedSoTheNormaliserWarmsToo()
    {
        var pipeline = new ArticlePipeline(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());

        DocumentResult result = pipeline.Process(new RawDocument(DocumentOrigin.FromUrl("https://example.com/warm-up"), Encoding.UTF8.GetBytes(PipelineWarmUp.Page), "text/html"));

        Assert.That(result.Format, Is.EqualTo(DocumentFormats.Html));
        Assert.That(result.Articles, Has.Count.EqualTo(1));
        Assert.That(result.Articles[0].Headline, Is.EqualTo("Warm-up headline"));
    }

    [Test]
    public async Task Start_Always_CompletesWithoutFault()
    {
        Task warmUp = PipelineWarmUp.Start();

        await warmUp.WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);

        Assert.That(warmUp.IsCompletedSuccessfully, Is.True);
    }
}
