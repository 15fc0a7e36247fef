namespace WireIngest.Core.Storage;

/// <summary>A row of <c>articles</c> as the store reads it back (Dapper maps columns by alias).</summary>
internal sealed class StoredArticle
{
    public string ArticleId { get; set; } = string.Empty;

    public string Uri { get; set; } = string.Empty;

    public long CurrentVersion { get; set; }

    public string ContentHash { get; set; } = string.Empty;

    public string FirstCreated { get; set; } = string.Empty;

    public string? ProviderVersionCreated { get; set; }

    public string UpdatedAt { get; set; } = string.Empty;

    public const string Columns =
        "article_id AS ArticleId, uri AS Uri, current_version AS CurrentVersion, content_hash AS ContentHash, " +
        "first_created AS FirstCreated, provider_version_created AS ProviderVersionCreated, updated_at AS UpdatedAt";
}
