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

    public string? Published { get; set; }

    public string? Modified { get; set; }

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
