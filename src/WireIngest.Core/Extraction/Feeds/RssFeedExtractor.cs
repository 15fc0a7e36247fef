using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Feeds;

/// <summary>
/// An RSS file (2.0, or 1.0 / RDF) whose items carry their whole article: one story per such item, read as the http source
/// reads the same feed — the item's <c>content:encoded</c> becomes an HTML page with its title, author, dates and link
/// (<see cref="FeedArticlePage"/>) and the HTML extractor reads it, so a story has the same message whichever way it came.
/// Items with only a summary or a link are passed over, each with its reason (<see cref="ExtractedStories.PassedOver"/>): the
/// file does not hold their story (an http source with the feed as its <c>Index</c> fetches their pages). An item whose
/// Media RSS status is deleted or blocked withdraws its story (pubStatus canceled or withheld). Atom files are
/// <see cref="AtomFeedExtractor"/>'s.
/// </summary>
public sealed class RssFeedExtractor(HtmlArticleExtractor html) : IArticleExtractor
{
    private const string Rss10Namespace = "http://purl.org/rss/1.0/";

    public RssFeedExtractor()
        : this(new HtmlArticleExtractor())
    {
    }

    /// <inheritdoc/>
    public string Format => DocumentFormats.Rss;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) =>
        XmlSniffer.RootIs(head, "rss") || (XmlSniffer.RootIs(head, "RDF") && DocumentSniffer.Contains(head, Rss10Namespace));

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        // Relative item links resolve against the feed's own address when it came from one; a file keeps them as written.
        Uri? feedUrl = Uri.TryCreate(document.Origin.Url, UriKind.Absolute, out Uri? url) ? url : null;
        IndexDocument feed = IndexReader.Read(document.Content, feedUrl);
        var stories = new List<ExtractedArticle>();
        var passedOver = new List<string>();
        string? firstRejection = null;
        int full = 0;
        foreach (IndexEntry item in feed.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.PubStatus != PubStatuses.Usable)
            {
                stories.Add(Withdrawal(item));
                continue;
            }

            if (item.FullHtml is null)
            {
                passedOver.Add($"item {item.Link}: only a summary or a link, the story is not in the file");
                continue;
            }

            full++;
            var page = new RawDocument(document.Origin with { Url = item.Link }, FeedArticlePage.Render(item), FeedArticlePage.ContentType);
            try
            {
                stories.AddRange(html.Extract(page, cancellationToken));
            }
            catch (DocumentRejectedException ex)
            {
                // One item that is not an article (a notice, a gallery) does not cost the feed its other stories.
                string reason = $"item {item.Link}: {ex.Message}";
                firstRejection ??= reason;
                passedOver.Add(reason);
            }
        }

        if (stories.Count > 0)
        {
            // Broken items are said too (IndexReader names them by their place in the feed).
            return new ExtractedStories(stories, [.. passedOver, .. feed.Errors]);
        }

        string errors = feed.Errors.Count > 0 ? $"; {feed.Errors.Count} broken item(s), the first: {feed.Errors[0]}" : string.Empty;
        throw new DocumentRejectedException(
            full > 0 ? $"RSS feed without a story: {firstRejection}{errors}"
            : feed.Entries.Count > 0 ? $"RSS feed without a story: none of its {feed.Entries.Count} item(s) carries its whole article (only summaries or links){errors}"
            : feed.Errors.Count > 0 ? $"RSS feed without a story: {feed.Errors[0]}"
            : "RSS feed without a story: it has no items");
    }

    // A killed or withheld item (Media RSS status) carries no story: it withdraws the one published from its link, which is
    // that story's identity (StoryUri keeps the canonical URL), with the status and no body, as a G2 kill does.
    private ExtractedArticle Withdrawal(IndexEntry item) => new()
    {
        Format = Format,
        Uri = item.Link,
        CanonicalUrl = item.Link,
        Headline = item.Title,
        FirstCreated = item.Published,
        VersionCreated = item.Updated,
        PubStatus = item.PubStatus,
    };
}
