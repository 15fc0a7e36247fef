using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class SchemaMigratorTests
{
    [Test]
    public async Task MigrateAsync_NewFile_CreatesLatestSchemaInWalMode()
    {
        using var folder = new TempFolder();
        var connections = new SqliteConnectionFactory(new StorageOptions { Path = folder.Combine("nested", "store.db") }, TimeProvider.System);

        (int from, int to) = await new SchemaMigrator(connections).MigrateAsync();

        string? journal = await connections.ExecuteAsync((c, t) => Dapper.SqlMapper.ExecuteScalarAsync<string>(c, new Dapper.CommandDefinition("PRAGMA journal_mode", cancellationToken: t)));
        Assert.Multiple(() =>
        {
            Assert.That((from, to), Is.EqualTo((0, SchemaMigrator.LatestVersion)));
            Assert.That(journal, Is.EqualTo("wal"));
        });
    }

    [Test]
    public async Task MigrateAsync_AlreadyCurrent_ChangesNothing()
    {
        using var store = new TestStore();

        (int from, int to) = await store.Store.Migrator.MigrateAsync();

        Assert.That((from, to), Is.EqualTo((SchemaMigrator.LatestVersion, SchemaMigrator.LatestVersion)));
    }
}
