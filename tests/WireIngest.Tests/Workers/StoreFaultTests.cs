using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using WireIngest.Cli;
using WireIngest.Core.Sources;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Workers;

/// <summary>The store failing under the worker: full (SQLite's page cap stands in for a full disk) and damaged.</summary>
[TestFixture]
public sealed class StoreFaultTests
{
    private const int MaxSizeMegabytes = 1;
    private WorkerHarness _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _sut.Database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    [Test]
    [CancelAfter(90_000)]
    public async Task Run_DatabaseFull_LogsAClearErrorWritesNothingAndRecoversWhenSpaceReturns(CancellationToken cancellationToken)
    {
        Assert.That((await _sut.CliAsync("migrate")).ExitCode, Is.EqualTo(ExitCodes.Success));
        FillToTheCap();
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<int> run = _sut.RunHostedAsync(
            _sut.Settings("drop", "--WireIngest:Sources:0:PollInterval=00:00:00.200", "--WireIngest:Pipeline:RelayInterval=00:00:00.200",
                "--WireIngest:Store:MaxSizeMegabytes=" + MaxSizeMegabytes),
            stop.Token);

        while (!_sut.Messages(LogLevel.Error).Any(m => m.Contains("the store could not take it", StringComparison.Ordinal)))
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped");
            await Task.Delay(50, cancellationToken);
        }

        var probe = new StoreProbe(_sut.Database);
        Assert.Multiple(() =>
        {
            Assert.That(_sut.Messages(LogLevel.Error), Has.Some.Contains(Samples.SeedFileName).And.Contains("disk is full"));
            Assert.That(probe.ScalarOr("SELECT COUNT(*) FROM articles", -1L) + probe.ScalarOr("SELECT COUNT(*) FROM outbox", -1L), Is.Zero, "rolled back");
            Assert.That(File.Exists(Path.Combine(_sut.Inbox, Samples.SeedFileName)), Is.True, "left in the drop folder");
        });

        using (SqliteConnection connection = OpenRaw())
        {
            // Space returns: the freed pages are reused within the cap.
            await ExecuteAsync(connection, "DELETE FROM filler");
        }

        string processed = Path.Combine(_sut.Inbox, DropFolderSource.ProcessedFolder, Samples.SeedFileName);
        while (!File.Exists(processed) || !Directory.Exists(_sut.QueueDirectory) || Directory.GetFiles(_sut.QueueDirectory, "*.json").Length == 0)
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped");
            await Task.Delay(50, cancellationToken);
        }

        await stop.CancelAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await run, Is.EqualTo(ExitCodes.Success));
            Assert.That(probe.ScalarOr("SELECT COUNT(*) FROM article_versions", -1L), Is.EqualTo(1));
            Assert.That(probe.IntegrityCheck(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task RunOnce_DamagedDatabase_StopsWithOneLineNamingQuickCheck()
    {
        File.Copy(Samples.Path_(Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));
        Assert.That(await _sut.RunOnceAsync(_sut.Settings()), Is.EqualTo(ExitCodes.Success));
        SqliteConnection.ClearAllPools();
        long rootPage;
        using (SqliteConnection connection = OpenRaw())
        {
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = 'article_versions'";
            rootPage = (long)command.ExecuteScalar()!;
        }

        using (FileStream file = File.OpenWrite(_sut.Database))
        {
            // An impossible b-tree page type where the table's root page starts.
            file.Position = (rootPage - 1) * 4096;
            file.Write([0x42, 0x42, 0x42, 0x42]);
        }

        _sut.Logs.Clear();
        int code = await _sut.RunOnceAsync(_sut.Settings());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_sut.Messages(LogLevel.Critical), Has.Exactly(1).StartsWith("WireIngest:Store:Path: the store cannot be used").And.Contains("quick_check"));
        });
    }

    /// <summary>Fills the store up to the cap the worker will run with, so its next insert finds no free page.</summary>
    private void FillToTheCap()
    {
        using SqliteConnection connection = OpenRaw();
        ExecuteAsync(connection, $"PRAGMA max_page_count = {MaxSizeMegabytes * 256}; CREATE TABLE filler (b BLOB)").GetAwaiter().GetResult();
        foreach (int size in new[] { 65_536, 4_096, 256, 16 })
        {
            try
            {
                while (true)
                {
                    ExecuteAsync(connection, $"INSERT INTO filler VALUES (zeroblob({size}))").GetAwaiter().GetResult();
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 13)
            {
                // Full at this size; smaller rows fill what is left.
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
