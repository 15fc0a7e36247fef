using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Core.Extraction.Feeds;

/// <summary>One item of an index: a feed item, a sitemap URL, or a child sitemap of a sitemap index.</summary>
/// <param name="Link">The item's link as written (resolved against the index URL), the ledger key.</param>
/// <param name="Updated">When the item says it last changed, or <c>null</c>.</param>
/// <param name="Title">The item's title, or <c>null</c>.</param>
/// <param name="FullHtml">The item's full article (<c>content:encoded</c>, Atom content), or <c>null</c> when it carries only a summary.</param>
/// <param name="Author">The item's author, or <c>null</c>.</param>
/// <param name="Published">When the item was first published, or <c>null</c>.</param>
/// <param name="Status">The item's Media RSS status (<c>media:status state</c>: active, deleted, blocked), or <c>null</c>.</param>
internal sealed record IndexEntry(string Link, DateTimeOffset? Updated, string? Title = null, string? FullHtml = null, string? Author = null, DateTimeOffset? Published = null, string? Status = null)
{
    /// <summary>The item's pictures as Media RSS or an image enclosure declares them (address, caption, credit).</summary>
    public IReadOnlyList<FeedPicture> Pictures { get; init; } = [];

    /// <summary>The ninjs pubStatus <see cref="Status"/> stands for: canceled or withheld when the item withdraws its story, else usable.</summary>
    public string PubStatus => WireStatus.Parse(Status);
}
