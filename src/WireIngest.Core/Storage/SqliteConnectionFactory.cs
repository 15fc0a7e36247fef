using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace WireIngest.Core.Storage;

/// <summary>
/// Opens connections to the store with the same pragmas every time (WAL, <c>busy_timeout</c>, foreign keys, synchronous) and runs
/// units of work under a retry for transient <c>SQLITE_BUSY</c>/<c>SQLITE_LOCKED</c>.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ResiliencePipeline _busyRetry;

    /// <summary>Creates the factory; the database folder is created on first open.</summary>
    public SqliteConnectionFactory(StorageOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        DatabasePath = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _pragmas = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={(long)options.BusyTimeout.TotalMilliseconds}; " +
                   $"PRAGMA foreign_keys=ON; PRAGMA synchronous={(options.DurableCommits ? "FULL" : "NORMAL")};" +
                   (options.MaxSizeMegabytes is { } megabytes ? $" PRAGMA max_page_count={(long)megabytes * 1024 * 1024 / StorageConstants.PageSize};" : string.Empty);
        _busyRetry = options.BusyRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient),
                    MaxRetryAttempts = options.BusyRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = StorageConstants.BusyRetryDelay,
                })
                .Build();
    }

    /// <summary>The database file's absolute path.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens a connection with the store's pragmas applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        string? folder = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using SqliteCommand pragmas = connection.CreateCommand();
            pragmas.CommandText = _pragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection, again from the start when SQLite reports a transient lock.</summary>
    /// <remarks>The work must be one transaction (or read-only), so a retry never repeats half of it.</remarks>
    public async Task<T> ExecuteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await _busyRetry.ExecuteAsync(
            async token =>
            {
                await using SqliteConnection connection = await OpenAsync(token).ConfigureAwait(false);
                return await work(connection, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsTransient(SqliteException exception) =>
        exception.SqliteErrorCode is StorageConstants.SqliteBusy or StorageConstants.SqliteLocked;
}
