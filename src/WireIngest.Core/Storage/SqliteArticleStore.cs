using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>
/// <see cref="IArticleStore"/> over SQLite: one immediate transaction per item, holding the identity lookup, the version row
/// and the outbox row, so a crash leaves either all of them or none.
/// </summary>
internal sealed class SqliteArticleStore(
    SqliteConnectionFactory connections,
    NinjsMessageWriter writer,
    IdentityOptions identity,
    PublishingOptions publishing,
    TimeProvider timeProvider) : IArticleStore
{
    public Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return connections.ExecuteAsync((connection, token) => SaveAsync(connection, article, token), cancellationToken);
    }

    private async Task<SaveResult> SaveAsync(SqliteConnection connection, Article article, CancellationToken cancellationToken)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        string candidateId = ArticleIdentity.ArticleId(article);
        string? slugKey = ArticleIdentity.BaseSlug(article.Slugline);
        string contentHash = ContentHash.Compute(article);

        // Immediate: take the write lock first, so two workers cannot both decide "new" for the same article.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        StoredArticle? known = await FindAsync(connection, transaction, candidateId, cancellationToken).ConfigureAwait(false)
            ?? await FindUpdateTargetAsync(connection, transaction, article, slugKey, now, cancellationToken).ConfigureAwait(false);

        SaveResult result;
        if (known is null)
        {
            result = await InsertNewAsync(connection, transaction, article, candidateId, slugKey, contentHash, now, cancellationToken).ConfigureAwait(false);
        }
        else if (IsOlderThanCurrent(article, known))
        {
            await connection.ExecuteAsync(
                "INSERT INTO stale_items (article_id, provider_id, provider_version, provider_version_created, content_hash, seen_at) " +
                "VALUES (@ArticleId, @ProviderId, @ProviderVersion, @Created, @Hash, @Now)",
                new { known.ArticleId, article.ProviderId, article.ProviderVersion, Created = StoreTime.Write(article.VersionCreated), Hash = contentHash, Now = StoreTime.Write(now) },
                transaction).ConfigureAwait(false);
            result = new SaveResult(SaveOutcome.Stale, known.ArticleId, (int)known.CurrentVersion, null);
        }
        else if (known.ContentHash == contentHash)
        {
            result = new SaveResult(SaveOutcome.Duplicate, known.ArticleId, (int)known.CurrentVersion, null);
        }
        else if (await StoredVersionOfAsync(connection, transaction, known.ArticleId, article, contentHash).ConfigureAwait(false) is { } stored)
        {
            // The very item stored before (same provider id and version, same content), read again while a later update of the
            // story already went through: a re-ingest after a crash between the store's commit and the input's move, or the
            // same file dropped twice. Not a new version.
            result = new SaveResult(SaveOutcome.Duplicate, known.ArticleId, stored, null);
        }
        else
        {
            result = await InsertNextVersionAsync(connection, transaction, article, known, candidateId, contentHash, now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result with { Agency = article.Agency };
    }

    private static Task<StoredArticle?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<StoredArticle>(
            $"SELECT {StoredArticle.Columns} FROM articles WHERE article_id = @Id " +
            $"OR article_id = (SELECT article_id FROM article_aliases WHERE alias = @Id) LIMIT 1",
            new { Id = id }, transaction);

    /// <summary>An update with a new provider id: the latest article of the same agency and base slug within the link window.</summary>
    private async Task<StoredArticle?> FindUpdateTargetAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, string? slugKey,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (slugKey is null || article.Agency is null || !ArticleIdentity.IsUpdateOfEarlierStory(article.HeadlineTags))
        {
            return null;
        }

        IEnumerable<StoredArticle> candidates = await connection.QueryAsync<StoredArticle>(
            $"SELECT {StoredArticle.Columns} FROM articles WHERE agency = @Agency AND slug_key = @Slug ORDER BY updated_at DESC LIMIT 20",
            new { article.Agency, Slug = slugKey }, transaction).ConfigureAwait(false);

        // Compare provider times when both sides have them (a backlog replayed days later still links), else store times.
        DateTimeOffset itemTime = article.VersionCreated ?? now;
        return candidates.FirstOrDefault(c =>
        {
            DateTimeOffset knownTime = StoreTime.ReadNullable(c.ProviderVersionCreated) ?? StoreTime.Read(c.UpdatedAt);
            return (itemTime - knownTime).Duration() <= identity.UpdateLinkWindow;
        });
    }

    private static Task<int?> StoredVersionOfAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, Article article, string contentHash) =>
        connection.QueryFirstOrDefaultAsync<int?>(
            "SELECT version FROM article_versions WHERE article_id = @ArticleId AND content_hash = @Hash " +
            "AND provider_id IS @ProviderId AND provider_version IS @ProviderVersion ORDER BY version DESC LIMIT 1",
            new { ArticleId = articleId, Hash = contentHash, article.ProviderId, article.ProviderVersion }, transaction);

    private static bool IsOlderThanCurrent(Article article, StoredArticle known) =>
        article.VersionCreated is { } created && StoreTime.ReadNullable(known.ProviderVersionCreated) is { } current && created < current;

    private async Task<SaveResult> InsertNewAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, string articleId,
        string? slugKey, string contentHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset versionCreated = article.VersionCreated ?? now;
        DateTimeOffset firstCreated = article.FirstCreated ?? versionCreated;
        await connection.ExecuteAsync(
            "INSERT INTO articles (article_id, uri, agency, slug_key, current_version, content_hash, pub_status, first_created, provider_version_created, updated_at) " +
            "VALUES (@ArticleId, @Uri, @Agency, @Slug, 1, @Hash, @PubStatus, @FirstCreated, @ProviderCreated, @Now)",
            new
            {
                ArticleId = articleId, article.Uri, article.Agency, Slug = slugKey, Hash = contentHash, article.PubStatus,
                FirstCreated = StoreTime.Write(firstCreated), ProviderCreated = StoreTime.Write(article.VersionCreated), Now = StoreTime.Write(now),
            },
            transaction).ConfigureAwait(false);

        Article message = article with { FirstCreated = firstCreated, VersionCreated = versionCreated };
        string messageId = await InsertVersionAsync(connection, transaction, articleId, 1, message, article.VersionCreated, contentHash, now, cancellationToken).ConfigureAwait(false);
        return new SaveResult(SaveOutcome.New, articleId, 1, messageId);
    }

    private async Task<SaveResult> InsertNextVersionAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, StoredArticle known,
        string candidateId, string contentHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int version = (int)known.CurrentVersion + 1;
        if (candidateId != known.ArticleId)
        {
            // A linked update: its own provider id names the article from now on (and reaches consumers in altIds).
            await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO article_aliases (alias, article_id) VALUES (@Alias, @ArticleId)",
                new { Alias = candidateId, known.ArticleId }, transaction).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(
            "UPDATE articles SET current_version = @Version, content_hash = @Hash, pub_status = @PubStatus, " +
            "provider_version_created = COALESCE(@ProviderCreated, provider_version_created), updated_at = @Now WHERE article_id = @ArticleId",
            new { Version = version, Hash = contentHash, article.PubStatus, ProviderCreated = StoreTime.Write(article.VersionCreated), Now = StoreTime.Write(now), known.ArticleId },
            transaction).ConfigureAwait(false);

        Article message = article with { Uri = known.Uri, FirstCreated = StoreTime.Read(known.FirstCreated), VersionCreated = now };
        string messageId = await InsertVersionAsync(connection, transaction, known.ArticleId, version, message, article.VersionCreated, contentHash, now, cancellationToken).ConfigureAwait(false);
        return new SaveResult(SaveOutcome.Updated, known.ArticleId, version, messageId);
    }

    private async Task<string> InsertVersionAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, int version,
        Article message, DateTimeOffset? providerCreated, string contentHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string versionText = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        byte[] body = writer.ToUtf8Bytes(message, indented: false, versionText);
        string messageId = ArticleIdentity.MessageId(articleId, version);
        DateTimeOffset availableAt = publishing.HoldEmbargoed && message.EmbargoedUntil is { } embargo && embargo > now ? embargo : now;
        await using SqliteCommand insert = BlobCommand.Create(
            connection,
            transaction,
            "INSERT INTO article_versions (article_id, version, content_hash, provider_id, provider_version, provider_version_created, version_created, message_json) " +
            "VALUES (@ArticleId, @Version, @Hash, @ProviderId, @ProviderVersion, @ProviderCreated, @VersionCreated, @Json);" +
            "INSERT INTO outbox (message_id, article_id, version, subject, body, created_at, available_at) " +
            "VALUES (@MessageId, @ArticleId, @Version, @Subject, @Body, @Now, @AvailableAt);",
            ("@ArticleId", articleId), ("@Version", version), ("@Hash", contentHash), ("@ProviderId", message.ProviderId), ("@ProviderVersion", message.ProviderVersion),
            ("@ProviderCreated", StoreTime.Write(providerCreated)), ("@VersionCreated", StoreTime.Write(message.VersionCreated)),
            ("@Json", Encoding.UTF8.GetString(body)), ("@MessageId", messageId), ("@Subject", MessageSubjects.For(message.PubStatus, version)),
            ("@Body", body), ("@Now", StoreTime.Write(now)), ("@AvailableAt", StoreTime.Write(availableAt)));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return messageId;
    }
}
