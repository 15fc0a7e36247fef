using WireIngest.Core.Sources.Http;

namespace WireIngest.Tests.Sources.Http;

[TestFixture]
public sealed class RobotsRulesTests
{
    private const string Agent = "WireIngest/1.0 (+https://example.org)";

    [TestCase("User-agent: *\nDisallow: /private/", "/private/story", false)]
    [TestCase("User-agent: *\nDisallow: /private/", "/public/story", true)]
    [TestCase("User-agent: *\nDisallow:", "/anything", true)]
    [TestCase("User-agent: *\nDisallow: /\nAllow: /news/", "/news/story", true)]
    [TestCase("User-agent: *\nAllow: /news/\nDisallow: /news/drafts/", "/news/drafts/x", false)]
    [TestCase("User-agent: *\nAllow: /page\nDisallow: /page", "/page", true)]
    [TestCase("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf", false)]
    [TestCase("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf?x=1", true)]
    [TestCase("User-agent: *\nDisallow: /search*q=", "/search/all?q=nato", false)]
    [TestCase("User-agent: *\nDisallow: /", "/robots.txt", true)]
    [TestCase("User-agent: OtherBot\nDisallow: /", "/story", true)]
    [TestCase("User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/", "/story", true)]
    [TestCase("User-agent: wireingest\nDisallow: /feeds/\n\nUser-agent: *\nDisallow: /", "/story", true)]
    [TestCase("User-agent: wireingest\nDisallow: /feeds/\n\nUser-agent: *\nDisallow: /", "/feeds/rss", false)]
    [TestCase("User-agent: OtherBot\nUser-agent: WireIngest/2\nDisallow: /x # comment", "/x/y", false)]
    [TestCase("# only comments\nSitemap: https://example.org/sitemap.xml\nCrawl-delay: 5", "/x", true)]
    [TestCase("Disallow: /before-any-agent\nUser-agent: *\nAllow: /", "/before-any-agent", true)]
    public void IsAllowed_Rules_FollowsRfc9309(string robots, string path, bool expected)
    {
        RobotsRules rules = RobotsRules.Parse(robots.Replace("\n", "\r\n", StringComparison.Ordinal), Agent);

        Assert.That(rules.IsAllowed(new Uri("https://example.org" + path)), Is.EqualTo(expected));
    }

    [TestCase("/a*b*c*d*e*f*g*h*", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [TestCase("/*", "/", true)]
    [TestCase("/a$", "/a", true)]
    [TestCase("/a$", "/ab", false)]
    public void Matches_Wildcards_MatchesPrefixOrWholePath(string pattern, string path, bool expected) =>
        Assert.That(RobotsRules.Matches(pattern, path), Is.EqualTo(expected));
}
