using WireIngest.Core.Model;

namespace WireIngest.Tests.TestSupport;

/// <summary>Normalised articles for store tests: a Reuters story with provider id, slug and times, varied with <c>with</c>.</summary>
internal static class StoryFactory
{
    public static Article Reuters(string providerId = "tag:reuters.com,2024:newsml_L1N3MZ0AB", string headline = "NATO allies weigh Ukraine invitation",
        string body = "NATO foreign ministers met on Tuesday.", DateTimeOffset? versionCreated = null) => new()
        {
            Uri = providerId,
            Format = "newsml-g2",
            Source = DocumentOrigin.FromFile("inbox/item.xml"),
            ProviderId = providerId,
            ProviderVersion = "1",
            Headline = headline,
            Slugline = "UKRAINE-CRISIS/NATO",
            Body = [BodyBlock.Paragraph(body)],
            Agency = "Reuters",
            FirstCreated = new DateTimeOffset(2024, 11, 29, 9, 0, 0, TimeSpan.Zero),
            VersionCreated = versionCreated ?? new DateTimeOffset(2024, 11, 29, 9, 0, 0, TimeSpan.Zero),
        };

    /// <summary>A plain-text story without provider id, as a saved page gives it.</summary>
    public static Article Page(string uri = "https://example.org/news/story-1", string headline = "Harbour reopens after storm") => new()
    {
        Uri = uri,
        Format = "html",
        Source = new DocumentOrigin("pages/story-1.html", uri),
        Headline = headline,
        Body = [BodyBlock.Paragraph("The harbour reopened on Monday.")],
    };
}
