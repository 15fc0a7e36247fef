using Dapper;

namespace WireIngest.Core.Storage;

/// <summary><see cref="IHttpValidatorStore"/> over the <c>http_validators</c> table.</summary>
internal sealed class SqliteHttpValidatorStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IHttpValidatorStore
{
    public Task<HttpValidators?> FindAsync(string source, string url, CancellationToken cancellationToken = default) =>
        connections.ExecuteAsync(async (connection, token) =>
        {
            HttpValidatorRow? row = await connection.QuerySingleOrDefaultAsync<HttpValidatorRow>(
                "SELECT etag AS ETag, last_modified AS LastModified FROM http_validators WHERE source = @Source AND url = @Url",
                new { Source = source, Url = url }).ConfigureAwait(false);
            return row is null ? null : new HttpValidators(row.ETag, row.LastModified);
        }, cancellationToken);

    public Task SaveAsync(string source, string url, HttpValidators validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validators);
        return connections.ExecuteAsync((connection, token) => connection.ExecuteAsync(
            "INSERT INTO http_validators (source, url, etag, last_modified, updated_at) VALUES (@Source, @Url, @ETag, @LastModified, @Now) " +
            "ON CONFLICT (source, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at",
            new { Source = source, Url = url, validators.ETag, validators.LastModified, Now = StoreTime.Write(timeProvider.GetUtcNow()) }), cancellationToken);
    }
}
