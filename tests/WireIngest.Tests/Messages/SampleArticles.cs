using WireIngest.Core.Model;

namespace WireIngest.Tests.Messages;

/// <summary>Varied articles every message test runs over: each one exercises a different part of the mapping.</summary>
internal static class SampleArticles
{
    public const string HostileScript = "<script>alert('x')</script>";

    public const string HostileImage = "<img src=x onerror=alert(1)>";

    public const string HostileLink = "<a href=\"javascript:alert(1)\">click</a>";

    public static IEnumerable<TestCaseData> All()
    {
        yield return Case("seed page with picture, credit and both copyrights", SeedArticle.Create());
        yield return Case("minimal", Minimal());
        yield return Case("tagged wire headline, dateline with places", WithDateline());
        yield return Case("dateline without places", WithDatelineWithoutPlaces());
        yield return Case("no byline, pictures without credit or absolute href", WithoutByline());
        yield return Case("lists, subheads and quotes", WithStructuredBody());
        yield return Case("Japanese text", Japanese());
        yield return Case("canceled with empty body", Canceled());
        yield return Case("embargoed", Embargoed());
        yield return Case("markup in the text", Hostile());
    }

    public static Article Minimal() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000001",
        Format = "text",
        Source = DocumentOrigin.FromFile("minimal.txt"),
        Headline = "Minimal story",
        Body = [BodyBlock.Paragraph("One paragraph.")],
    };

    public static Article WithDateline() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000002",
        Format = "newsml-g2",
        Source = new DocumentOrigin("feed/tag_reuters.com_2024_newsml_L1N3MZ0AB.xml", "https://example.org/items/L1N3MZ0AB"),
        ProviderId = "tag:reuters.com,2024:newsml_L1N3MZ0AB",
        ProviderVersion = "1132689232",
        Headline = "UPDATE 2-NATO allies weigh Ukraine invitation",
        UntaggedHeadline = "NATO allies weigh Ukraine invitation",
        HeadlineTags = ["UPDATE 2"],
        Slugline = "UKRAINE-CRISIS/NATO",
        Body = [BodyBlock.Paragraph("NATO foreign ministers met on Tuesday."), BodyBlock.Paragraph("No decision was taken.")],
        Byline = new Byline("By Tom Balmforth and Matthias Williams", "Tom Balmforth and Matthias Williams", ["Tom Balmforth", "Matthias Williams"], null),
        Dateline = new Dateline("BRUSSELS/KYIV, Nov 29 (Reuters)", ["Brussels", "Kyiv"], "2024-11-29", "Reuters"),
        Agency = "Reuters",
        Copyright = new CopyrightNotice("(c) Copyright Thomson Reuters 2024. Click For Restrictions - http://about.reuters.com/fulllegal.asp", "Thomson Reuters", 2024),
        Credits =
        [
            new StoryCredit("reporting", ["Tom Balmforth"], ["Kyiv"]),
            new StoryCredit("editing", ["Peter Graff"], []),
        ],
        Language = "en",
        FirstCreated = new DateTimeOffset(2024, 11, 29, 9, 15, 0, TimeSpan.Zero),
        VersionCreated = new DateTimeOffset(2024, 11, 29, 11, 2, 30, TimeSpan.FromHours(1)),
    };

    public static Article WithDatelineWithoutPlaces() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000003",
        Format = "text",
        Source = DocumentOrigin.FromFile("markets.txt"),
        Headline = "Gold steadies",
        Body = [BodyBlock.Paragraph("Gold prices held steady on Thursday.")],
        Dateline = new Dateline("Jan 30 (Reuters)", [], "2025-01-30", "Reuters"),
        Agency = "Reuters",
    };

    public static Article WithoutByline() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000004",
        Format = "html",
        Source = DocumentOrigin.FromUrl("https://news.example.org/world/story-1"),
        Syndicator = "Example News",
        Headline = "Floods hit the north",
        Body = [BodyBlock.Paragraph("Rivers burst their banks.")],
        Pictures =
        [
            new Picture("Flooded street.", null, "/images/flood.jpg"),
            new Picture(null, new ImageCredit("Kirsty Wigglesworth/Pool via REUTERS", "Reuters", "Kirsty Wigglesworth", FilePhoto: false, Pool: true, Handout: false), "https://img.example.org/flood-2.jpg"),
            new Picture(null, null, null),
        ],
        PublisherCopyright = new CopyrightNotice("© 2025 Example News", "Example News", 2025),
        CommentCount = 0,
    };

    public static Article WithStructuredBody() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000005",
        Format = "nitf",
        Source = DocumentOrigin.FromFile("factbox.xml"),
        Headline = "Key facts about the summit",
        HeadlineTags = ["FACTBOX"],
        Body =
        [
            BodyBlock.Paragraph("Leaders meet next week."),
            new BodyBlock(BodyBlockKind.Subhead, "Who attends"),
            new BodyBlock(BodyBlockKind.ListItem, "32 member states"),
            new BodyBlock(BodyBlockKind.ListItem, "Ukraine as a guest"),
            new BodyBlock(BodyBlockKind.OrderedListItem, "Opening session"),
            new BodyBlock(BodyBlockKind.OrderedListItem, "Closing statement"),
            new BodyBlock(BodyBlockKind.Quote, "We stand together."),
            new BodyBlock(BodyBlockKind.Paragraph, " "),
            new BodyBlock(BodyBlockKind.ListItem, "A last item"),
        ],
        Byline = new Byline("By CHARLES ODUM", "Charles Odum", ["Charles Odum"], null),
        Agency = "AP",
        Copyright = new CopyrightNotice("Copyright 2015 The Associated Press. All rights reserved.", "The Associated Press", 2015),
    };

    public static Article Japanese() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000006",
        Format = "html",
        Source = DocumentOrigin.FromUrl("https://www.example.jp/news/123"),
        Headline = "東京で大雪、交通に乱れ",
        Body = [BodyBlock.Paragraph("東京都心で５日、大雪となった。"), BodyBlock.Paragraph("気象庁は注意を呼びかけている。")],
        Dateline = new Dateline("東京", ["東京"], null, null),
        Pictures = [new Picture("雪の中を歩く人々", new ImageCredit("共同通信", "Kyodo", null, FilePhoto: false, Pool: false, Handout: false), "https://www.example.jp/img/snow.jpg")],
        Language = "ja",
    };

    public static Article Canceled() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000007",
        Format = "newsml-g2",
        Source = DocumentOrigin.FromFile("kill.xml"),
        ProviderId = "tag:reuters.com,2024:newsml_L4N1FL0N0",
        Headline = string.Empty,
        Body = [],
        PubStatus = PubStatuses.Canceled,
        VersionCreated = new DateTimeOffset(2024, 12, 1, 8, 0, 0, TimeSpan.Zero),
    };

    public static Article Embargoed() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000008",
        Format = "nitf",
        Source = DocumentOrigin.FromFile("embargo.xml"),
        Headline = "Report due at noon",
        Body = [BodyBlock.Paragraph("The report is embargoed.")],
        PubStatus = PubStatuses.Withheld,
        EmbargoedUntil = new DateTimeOffset(2025, 3, 4, 12, 0, 0, TimeSpan.FromHours(9)),
    };

    public static Article Hostile() => new()
    {
        Uri = "urn:wireingest:00000000000000000000000000000009",
        Format = "html",
        Source = DocumentOrigin.FromUrl("https://news.example.org/x"),
        Headline = "Headline with " + HostileScript,
        Body =
        [
            BodyBlock.Paragraph("Before " + HostileScript + " after & more"),
            new BodyBlock(BodyBlockKind.Subhead, HostileImage),
            new BodyBlock(BodyBlockKind.ListItem, HostileLink),
            new BodyBlock(BodyBlockKind.Quote, "<style>body{display:none}</style><iframe src=\"https://evil.example\"></iframe>"),
        ],
        Byline = new Byline("By <b>Someone</b>", "<b>Someone</b>", ["Someone"], null),
        Pictures = [new Picture("Caption " + HostileImage, null, "javascript:alert(1)")],
    };

    private static TestCaseData Case(string name, Article article) => new TestCaseData(article).SetArgDisplayNames(name);
}
