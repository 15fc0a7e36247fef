using WireIngest.Core.Model;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Messages;

/// <summary>
/// The seed story (a Japan Today page carrying a Reuters story, <c>shared/seed/japantoday-reuters-ukraine-nato.txt</c>) as the
/// normaliser is specified to produce it: the input of the contract document's example and of the seed mapping test.
/// </summary>
internal static class SeedArticle
{
    public const string Uri = "urn:wireingest:7c1e4a9b3f0d48e2a6b5c8d9e0f1a2b3";

    public const string Caption =
        "Ukraine’s Foreign Minister Andrii Sybiha speaks at a joint press conference with his Czech counterpart Jan Lipavsky (not pictured), amid Russia's attack on Ukraine, in Kyiv, Ukraine, November 22, 2024.";

    public static IReadOnlyList<string> Paragraphs => SeedText.Paragraphs;

    public static Article Create() => new()
    {
        Uri = Uri,
        Format = "text",
        Source = DocumentOrigin.FromFile("japantoday-reuters-ukraine-nato.txt"),
        Syndicator = "Japan Today",
        Headline = "Ukraine asks NATO for membership invite next week, letter shows",
        Body = [.. Paragraphs.Select(BodyBlock.Paragraph)],
        Byline = new Byline("By John Irish and Tom Balmforth", "John Irish and Tom Balmforth", ["John Irish", "Tom Balmforth"], null),
        Agency = "Reuters",
        Pictures =
        [
            new Picture(Caption, new ImageCredit("REUTERS/Alina Smutko/File Photo", "Reuters", "Alina Smutko", FilePhoto: true, Pool: false, Handout: false), null),
        ],
        Copyright = new CopyrightNotice("© Thomson Reuters 2024.", "Thomson Reuters", 2024),
        PublisherCopyright = new CopyrightNotice("©2024 GPlusMedia Inc.", "GPlusMedia Inc.", 2024),
        CommentCount = 10,
        Language = "en",
    };
}
