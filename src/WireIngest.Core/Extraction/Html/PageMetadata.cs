namespace WireIngest.Core.Extraction.Html;

/// <summary>What a page says about itself in meta tags, links and JSON-LD, before the visible page is read.</summary>
internal sealed class PageMetadata
{
    public string? Title { get; set; }

    public string? OgTitle { get; set; }

    public string? JsonLdHeadline { get; set; }

    public string? SiteName { get; set; }

    /// <summary>The page's own summary (<c>og:description</c>, <c>description</c>).</summary>
    public string? Description { get; set; }

    public string? PublisherName { get; set; }

    public string? MetaAuthor { get; set; }

    /// <summary>Every author name the meta tags give (<c>author</c>, <c>article:author</c>, Twitter's "Written by" label …), e-mail addresses and URLs left out.</summary>
    public List<string> MetaAuthors { get; } = [];

    public List<string> JsonLdPersonAuthors { get; } = [];

    public List<string> JsonLdOrganisationAuthors { get; } = [];

    public string? Language { get; set; }

    public string? CanonicalUrl { get; set; }

    private bool publishedIsDay;
    private bool modifiedIsDay;

    /// <summary>
    /// The publication time: the first readable one offered (<see cref="OfferPublished"/>), except that a bare date
    /// (<c>dc.date</c> = <c>2019-11-19</c>) yields to a full timestamp offered later (JSON-LD's <c>datePublished</c>).
    /// </summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>The last modification time, as <see cref="Published"/>.</summary>
    public DateTimeOffset? Modified { get; set; }

    /// <summary>Offers a publication time as the page writes it (<see cref="PageDates"/>): taken as <see cref="Published"/> describes.</summary>
    public void OfferPublished(string? text) => Published = Offer(Published, ref publishedIsDay, text);

    /// <summary>Offers a modification time, as <see cref="OfferPublished"/>.</summary>
    public void OfferModified(string? text) => Modified = Offer(Modified, ref modifiedIsDay, text);

    private static DateTimeOffset? Offer(DateTimeOffset? current, ref bool currentIsDay, string? text)
    {
        if ((current is not null && !currentIsDay) || PageDates.Parse(text) is not { } offered)
        {
            return current;
        }

        bool isDay = !text!.Contains(':', StringComparison.Ordinal);
        if (current is not null && isDay)
        {
            return current;
        }

        currentIsDay = isDay;
        return offered;
    }

    /// <summary>The JSON-LD web page's own publication time: used when no article, meta tag or microdata dates the story.</summary>
    public DateTimeOffset? PagePublished { get; set; }

    /// <summary>The JSON-LD web page's own modification time, as <see cref="PagePublished"/>.</summary>
    public DateTimeOffset? PageModified { get; set; }

    public int? CommentCount { get; set; }

    public string? ArticleBody { get; set; }

    public bool? IsAccessibleForFree { get; set; }

    public string? ImageUrl { get; set; }

    public List<JsonLdImage> Images { get; } = [];

    /// <summary>Whether JSON-LD declared an article type (NewsArticle, Article, BlogPosting, ReportageNewsArticle…).</summary>
    public bool HasArticleType { get; set; }

    /// <summary>Whether the page's article object is a <c>LiveBlogPosting</c>: its visible heading follows the latest entry.</summary>
    public bool IsLiveBlog { get; set; }
}

/// <summary>An image object of the page's JSON-LD with the fields that carry a credit.</summary>
internal sealed record JsonLdImage(string? Url, string? Caption, string? Credit);
