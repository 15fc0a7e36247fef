namespace WireIngest.Core.Extraction.Feeds;

/// <summary>What an index URL turned out to be.</summary>
internal enum IndexKind
{
    /// <summary>RSS 2.0, RSS 1.0 or Atom: items are articles.</summary>
    Feed,

    /// <summary>A sitemap (<c>urlset</c>): entries are pages.</summary>
    Sitemap,

    /// <summary>A sitemap index: entries are further sitemaps.</summary>
    SitemapIndex,
}
