using WireIngest.Core.Extraction.Text;

namespace WireIngest.Tests.Extraction.Text;

[TestFixture]
public sealed class TextLineClassifierTests
{
    // Reuters.com's licensing link under a picture ("Acquire" until 2023, "Purchase" since), ad labels and share prompts
    // are chrome; prose that mentions licensing or shares is not.
    [TestCase("Acquire Licensing Rights", true)]
    [TestCase("Purchase Licensing Rights", true)]
    [TestCase("Our Standards: The Thomson Reuters Trust Principles., opens new tab", true)]
    [TestCase("Advertisement", true)]
    [TestCase("Share this article", true)]
    [TestCase("Regulators said the purchase licensing rights granted in 2019 would lapse next year.", false)]
    [TestCase("Shares in the company rose 4% on Tuesday after the results.", false)]
    public void IsChrome_Line_AnswersByWhatThePageShows(string line, bool expected)
    {
        Assert.That(TextLineClassifier.IsChrome(line), Is.EqualTo(expected));
    }

    [TestCase("using WireIngest.Samples.Consumer;", true)]
    [TestCase("string? name = Environment.GetEnvironmentVariable(\"X\");", true)]
    [TestCase("{", true)]
    [TestCase("// Same settings as the worker: the namespace or the connection string.", true)]
    [TestCase("items.Where(i => i.Ready)", true)]
    [TestCase("if code not in (0, 2):", true)]
    [TestCase("from collections import Counter", true)]
    [TestCase("set -euo pipefail", true)]
    [TestCase("NATO foreign ministers met on Tuesday; officials said the alliance would stand by Kyiv.", false)]
    [TestCase("\"We must do more,\" one minister said, adding that stocks were running low.", false)]
    [TestCase("For more information: contact the press office.", false)]
    [TestCase("Shares rose 4% (from $10 to $10.40) in early trading.", false)]
    public void IsCode_Line_AnswersByItsSyntax(string line, bool expected)
    {
        Assert.That(TextLineClassifier.IsCode(line), Is.EqualTo(expected));
    }

    [TestCase("image: mcr.microsoft.com/azure-sql-edge:latest", true)]
    [TestCase("  - name: articles", true)]
    [TestCase("depends_on:", true)]
    [TestCase("level=debug", true)]
    [TestCase("[logging]", true)]
    [TestCase("Image: Reuters/Alina Smutko", true)] // one such line proves nothing: the share decides
    [TestCase("- sqledge", false)]
    [TestCase("The minister said: we will not yield.", false)]
    [TestCase("NATO foreign ministers met on Tuesday.", false)]
    public void IsSetting_Line_AnswersByItsShape(string line, bool expected)
    {
        Assert.That(TextLineClassifier.IsSetting(line), Is.EqualTo(expected));
    }

    [TestCase("Run `dotnet test` before you commit.", true)]
    [TestCase("| gold field | sources | meaning |", true)]
    [TestCase("```sh", true)]
    [TestCase("~~~", true)]
    [TestCase("Officials say the alliance won`t decide, and diplomats don`t expect it to.", false)]
    [TestCase("Shares rose 4% | Bonds fell", false)]
    [TestCase("NATO foreign ministers met on Tuesday.", false)]
    public void IsTechnicalMarkdown_Line_AnswersByItsMarkup(string line, bool expected)
    {
        Assert.That(TextLineClassifier.IsTechnicalMarkdown(line), Is.EqualTo(expected));
    }
}
