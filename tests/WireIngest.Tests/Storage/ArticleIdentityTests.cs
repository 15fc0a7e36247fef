using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class ArticleIdentityTests
{
    [Test]
    public void MessageId_SameArticleAndVersion_IsTheSameEveryTime()
    {
        string first = ArticleIdentity.MessageId("tag:reuters.com,2024:newsml_L1N3MZ0AB", 3);
        string second = ArticleIdentity.MessageId("tag:reuters.com,2024:newsml_L1N3MZ0AB", 3);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void MessageId_AnyArticle_IsFileNameSafeHexOfAtMost128Characters()
    {
        string id = ArticleIdentity.MessageId("https://example.org/a b/c?d=e&f=ü", 12);

        Assert.That(id, Does.Match("^[0-9a-f]{1,128}$"));
    }

    [TestCase("urn:a", 1, "urn:a", 2)]
    [TestCase("urn:a", 1, "urn:b", 1)]
    [TestCase("urn:a-v1", 1, "urn:a", 11)]
    public void MessageId_DifferentArticleOrVersion_Differs(string articleA, int versionA, string articleB, int versionB) =>
        Assert.That(ArticleIdentity.MessageId(articleA, versionA), Is.Not.EqualTo(ArticleIdentity.MessageId(articleB, versionB)));

    [TestCase("USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)", "USA-WEATHER")]
    [TestCase("UKRAINE-CRISIS/NATO", "UKRAINE-CRISIS/NATO")]
    [TestCase("ukraine-crisis/nato [UPDATE 2]", "UKRAINE-CRISIS/NATO")]
    [TestCase("  ", null)]
    [TestCase(null, null)]
    public void BaseSlug_Slugline_DropsBracketedAdvisory(string? slugline, string? expected) =>
        Assert.That(ArticleIdentity.BaseSlug(slugline), Is.EqualTo(expected));

    [TestCase(new[] { "UPDATE 2" }, true)]
    [TestCase(new[] { "REFILE" }, true)]
    [TestCase(new[] { "CORRECTED" }, true)]
    [TestCase(new[] { "WRAPUP 1", "SOCCER" }, true)]
    [TestCase(new[] { "INTERVIEW" }, false)]
    [TestCase(new[] { "UPDATES" }, false)]
    [TestCase(new string[0], false)]
    public void IsUpdateOfEarlierStory_HeadlineTags_RecognisesStatusTagsOnly(string[] tags, bool expected) =>
        Assert.That(ArticleIdentity.IsUpdateOfEarlierStory(tags), Is.EqualTo(expected));

    [Test]
    public void ArticleId_WithProviderId_IsTheProviderId() =>
        Assert.That(ArticleIdentity.ArticleId(StoryFactory.Reuters() with { Uri = "https://example.org/x" }), Is.EqualTo("tag:reuters.com,2024:newsml_L1N3MZ0AB"));

    [Test]
    public void ArticleId_WithoutProviderId_IsTheUri() =>
        Assert.That(ArticleIdentity.ArticleId(StoryFactory.Page("https://example.org/news/a")), Is.EqualTo("https://example.org/news/a"));
}
