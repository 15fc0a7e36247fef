using WireIngest.Core.Extraction.Text;

namespace WireIngest.Tests.Extraction.Text;

[TestFixture]
public sealed class TextLineClassifierTests
{
    // Reuters.com's licensing link under a picture ("Acquire" until 2023, "Purchase" since), ad labels and share prompts
    // are chrome; prose that mentions licensing or shares is not.
    [TestCase("Acquire Licensing Rights", true)]
    [TestCase("Purchase Licensing Rights", true)]
    [TestCase("Advertisement", true)]
    [TestCase("Share this article", true)]
    [TestCase("Regulators said the purchase licensing rights granted in 2019 would lapse next year.", false)]
    [TestCase("Shares in the company rose 4% on Tuesday after the results.", false)]
    public void IsChrome_Line_AnswersByWhatThePageShows(string line, bool expected)
    {
        Assert.That(TextLineClassifier.IsChrome(line), Is.EqualTo(expected));
    }
}
