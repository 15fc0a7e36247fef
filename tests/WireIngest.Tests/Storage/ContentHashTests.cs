using WireIngest.Core.Model;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class ContentHashTests
{
    private static readonly Article Base = StoryFactory.Reuters();

    private static IEnumerable<TestCaseData> VisibleChanges()
    {
        yield return new TestCaseData(Base with { Headline = "Another headline" }).SetName("Compute_HeadlineChanged_Differs");
        yield return new TestCaseData(Base with { Body = [BodyBlock.Paragraph("Other text.")] }).SetName("Compute_BodyChanged_Differs");
        yield return new TestCaseData(Base with { Byline = new Byline("By A", "A", ["A"], null) }).SetName("Compute_BylineAdded_Differs");
        yield return new TestCaseData(Base with { Dateline = new Dateline("KYIV, Nov 29 (Reuters)", ["Kyiv"], null, "Reuters") }).SetName("Compute_DatelineAdded_Differs");
        yield return new TestCaseData(Base with { Credits = [new StoryCredit("editing", ["B"], [])] }).SetName("Compute_CreditsAdded_Differs");
        yield return new TestCaseData(Base with { Copyright = new CopyrightNotice("© Reuters 2024", "Reuters", 2024) }).SetName("Compute_CopyrightAdded_Differs");
        yield return new TestCaseData(Base with { PubStatus = PubStatuses.Canceled }).SetName("Compute_PubStatusChanged_Differs");
    }

    private static IEnumerable<TestCaseData> VolatileChanges()
    {
        yield return new TestCaseData(Base with { CommentCount = 17 }).SetName("Compute_CommentCountChanged_Same");
        yield return new TestCaseData(Base with { Source = DocumentOrigin.FromFile("other/path.xml") }).SetName("Compute_SourcePathChanged_Same");
        yield return new TestCaseData(Base with { ProviderVersion = "99" }).SetName("Compute_ProviderVersionChanged_Same");
        yield return new TestCaseData(Base with { VersionCreated = DateTimeOffset.UnixEpoch }).SetName("Compute_FetchOrVersionTimeChanged_Same");
    }

    [TestCaseSource(nameof(VisibleChanges))]
    public void Compute_VisibleFieldChanged_Differs(Article changed) =>
        Assert.That(ContentHash.Compute(changed), Is.Not.EqualTo(ContentHash.Compute(Base)));

    [TestCaseSource(nameof(VolatileChanges))]
    public void Compute_VolatileFieldChanged_Same(Article changed) =>
        Assert.That(ContentHash.Compute(changed), Is.EqualTo(ContentHash.Compute(Base)));

    [Test]
    public void Compute_TextMovedBetweenBlocks_Differs()
    {
        Article split = Base with { Body = [BodyBlock.Paragraph("ab"), BodyBlock.Paragraph("c")] };
        Article moved = Base with { Body = [BodyBlock.Paragraph("a"), BodyBlock.Paragraph("bc")] };

        Assert.That(ContentHash.Compute(split), Is.Not.EqualTo(ContentHash.Compute(moved)));
    }
}
