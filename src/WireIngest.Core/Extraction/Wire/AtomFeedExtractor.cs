using System.Xml.Linq;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// An Atom feed file whose entries carry their full text (<c>content</c> of type text, html or xhtml): one story per entry.
/// Agency extensions add to it: WENN's <c>NewsManagement</c> gives the article id that stays the same across feed
/// instances (the entry id does not), the publish and update times and the feed's name, and its <c>ContentMetadata</c>
/// the headline, as Superdesk's WENN parser reads them.
/// </summary>
public sealed class AtomFeedExtractor : IArticleExtractor
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <inheritdoc/>
    public string Format => DocumentFormats.Atom;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) => XmlSniffer.RootIs(head, "feed") && DocumentSniffer.Contains(head, AtomNamespace);

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        XElement feed = SafeXml.Load(document, cancellationToken).Root!;
        if (feed.Name != XName.Get("feed", AtomNamespace))
        {
            throw new DocumentRejectedException("not an Atom feed: the root <feed> is outside the Atom namespace");
        }

        string? agency = feed.Child("NewsManagement").Child("feed_name").TextOrNull();
        return StoryCheck.ReadEach(
            feed.ChildrenNamed("entry"),
            entry => ReadEntry(entry, agency),
            "Atom",
            cancellationToken,
            "Atom feed without a story: its entries carry no content (only summaries or links)");
    }

    private ExtractedArticle ReadEntry(XElement entry, string? agency)
    {
        XElement? management = entry.Child("NewsManagement");
        string? articleId = management.Child("original_article_id").TextOrNull();
        var article = new ExtractedArticle
        {
            Format = Format,
            Uri = articleId is not null && agency is not null ? $"urn:{Urn(agency)}:article:{Urn(articleId)}" : AbsoluteOrNull(entry.Child("id").TextOrNull()),
            ProviderId = articleId ?? entry.Child("id").TextOrNull(),
            CanonicalUrl = AlternateLink(entry),
            Headline = entry.Child("ContentMetadata").Child("title").TextOrNull() ?? entry.Child("title").TextOrNull(),

            // Only the entry's own author: a feed-level author is the desk that runs the feed, not the story's writer.
            Byline = entry.Child("author").Child("name").TextOrNull(),
            FirstCreated = WireDates.Parse(management.Child("published")?.Value ?? entry.Child("published")?.Value),
            VersionCreated = WireDates.Parse(management.Child("updated")?.Value ?? entry.Child("updated")?.Value),
            Agency = agency,
            Language = entry.Child("ContentMetadata").AttributeOrNull("lang") ?? entry.Language(),
        };

        if (entry.Child("rights").TextOrNull() is { } rights)
        {
            article.CopyrightLines.Add(rights);
        }

        if (entry.Child("content") is { } content)
        {
            ReadContent(content, article);
        }

        return article;
    }

    // Atom text constructs: "text" (the default) is plain text, "html" is escaped markup, "xhtml" is a div of markup.
    private static void ReadContent(XElement content, ExtractedArticle article)
    {
        switch (content.AttributeOrNull("type"))
        {
            case "html":
                HtmlFragment.Read(content.Value, article);
                break;
            case "xhtml":
                XmlBodyReader.Read(content, article);
                break;
            case null or "text":
                article.Body.AddRange(PlainTextBody.Split(content.Value, dedent: true).Select(BodyBlock.Paragraph));
                break;
            default:
                break; // out-of-line or media content (src=, image/*) is no story text
        }
    }

    private static string? AlternateLink(XElement entry) =>
        entry.ChildrenNamed("link")
            .Where(l => l.AttributeOrNull("rel") is null or "alternate")
            .Select(l => AbsoluteOrNull(l.AttributeOrNull("href")))
            .FirstOrDefault(h => h is not null);

    private static string? AbsoluteOrNull(string? uri) => uri is not null && System.Uri.IsWellFormedUriString(uri, UriKind.Absolute) ? uri : null;

    private static string Urn(string part) => System.Uri.EscapeDataString(part.Trim().ToLowerInvariant().Replace(' ', '-'));
}
