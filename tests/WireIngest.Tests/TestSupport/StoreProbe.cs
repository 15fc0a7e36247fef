using Dapper;
using Microsoft.Data.Sqlite;

namespace WireIngest.Tests.TestSupport;

/// <summary>Read-only looks into a store another process is writing (WAL lets readers in); unpooled, so no handle outlives a call.</summary>
internal sealed class StoreProbe(string databasePath)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>A scalar, or <paramref name="fallback"/> while the file or its schema does not exist yet.</summary>
    public T ScalarOr<T>(string sql, T fallback)
    {
        if (!File.Exists(databasePath))
        {
            return fallback;
        }

        try
        {
            using var connection = new SqliteConnection(_connectionString);
            return connection.ExecuteScalar<T>(sql) ?? fallback;
        }
        catch (SqliteException)
        {
            return fallback;
        }
    }

    public List<T> Query<T>(string sql)
    {
        using var connection = new SqliteConnection(_connectionString);
        return [.. connection.Query<T>(sql)];
    }

    /// <summary>What <c>PRAGMA integrity_check</c> reports: "ok" for a sound file.</summary>
    public string IntegrityCheck()
    {
        using var connection = new SqliteConnection(_connectionString);
        return string.Join("; ", connection.Query<string>("PRAGMA integrity_check"));
    }
}
