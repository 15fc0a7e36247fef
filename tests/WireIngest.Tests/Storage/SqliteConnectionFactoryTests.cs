using Microsoft.Data.Sqlite;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class SqliteConnectionFactoryTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private SqliteConnectionFactory CreateSut(int retries = 3) =>
        new(new StorageOptions { Path = _folder.Combine("store.db"), BusyRetries = retries }, TimeProvider.System);

    [TestCase(5)]
    [TestCase(6)]
    public async Task ExecuteAsync_TransientLockOnce_RetriesAndSucceeds(int sqliteErrorCode)
    {
        int calls = 0;

        int result = await CreateSut().ExecuteAsync((_, _) => ++calls == 1 ? throw new SqliteException("database is locked", sqliteErrorCode) : Task.FromResult(calls));

        Assert.That(result, Is.EqualTo(2));
    }

    [Test]
    public void ExecuteAsync_OtherSqliteError_IsNotRetried()
    {
        int calls = 0;

        Assert.ThrowsAsync<SqliteException>(() => CreateSut().ExecuteAsync<int>((_, _) => { calls++; throw new SqliteException("disk I/O error", 10); }));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void ExecuteAsync_LockNeverReleased_GivesUpAfterTheConfiguredRetries()
    {
        int calls = 0;

        Assert.ThrowsAsync<SqliteException>(() => CreateSut(retries: 2).ExecuteAsync<int>((_, _) => { calls++; throw new SqliteException("database is locked", 5); }));
        Assert.That(calls, Is.EqualTo(3));
    }

    [TestCase(true, 2L)]
    [TestCase(false, 1L)]
    public async Task OpenAsync_AnyConnection_AppliesForeignKeysAndSynchronous(bool durable, long synchronous)
    {
        var sut = new SqliteConnectionFactory(new StorageOptions { Path = _folder.Combine("store.db"), DurableCommits = durable }, TimeProvider.System);
        await using SqliteConnection connection = await sut.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();

        command.CommandText = "PRAGMA foreign_keys";
        object? foreignKeys = await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";
        object? sync = await command.ExecuteScalarAsync();

        Assert.That((foreignKeys, sync), Is.EqualTo(((object)1L, (object)synchronous)));
    }
}
