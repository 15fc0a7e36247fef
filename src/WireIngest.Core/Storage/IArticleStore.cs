using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>The durable record of articles and their versions.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Matches the article to a known one (id, alias, or update link), and when its content is new stores the version and
    /// its outbox message in one transaction.
    /// </summary>
    Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken = default);
}
