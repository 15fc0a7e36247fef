using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Messages;
using WireIngest.Core.Storage;

namespace WireIngest.Tests.TestSupport;

/// <summary>A migrated store in a temp folder on a fake clock.</summary>
internal sealed class TestStore : IDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    /// <param name="identity">Identity rules, default when <c>null</c>.</param>
    /// <param name="publishing">Publishing rules, default when <c>null</c>.</param>
    /// <param name="durableCommits">False for tests that store thousands of stories: no fsync per commit.</param>
    public TestStore(IdentityOptions? identity = null, PublishingOptions? publishing = null, bool durableCommits = true)
    {
        Store = new SqliteStore(
            new StorageOptions { Path = _folder.Combine("data", "test.db"), DurableCommits = durableCommits },
            identity ?? new IdentityOptions(),
            publishing ?? new PublishingOptions(),
            new NinjsMessageWriter(),
            Time);
        Store.Migrator.MigrateAsync().GetAwaiter().GetResult();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public SqliteStore Store { get; }

    public string Folder => _folder.Path;

    /// <summary>Runs a scalar query against the store (for assertions on tables).</summary>
    public T Scalar<T>(string sql, object? parameters = null) =>
        Store.Connections.ExecuteAsync((connection, token) => Dapper.SqlMapper.ExecuteScalarAsync<T>(connection, new Dapper.CommandDefinition(sql, parameters, cancellationToken: token)))
            .GetAwaiter().GetResult()!;

    public void Dispose() => _folder.Dispose();
}
