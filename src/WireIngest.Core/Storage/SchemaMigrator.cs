using System.Reflection;
using Microsoft.Data.Sqlite;

namespace WireIngest.Core.Storage;

/// <summary>
/// Brings the store's schema up to date from the embedded <c>Migrations/NNNN_name.sql</c> scripts, each in its own transaction,
/// recording the applied number in <c>PRAGMA user_version</c>.
/// </summary>
public sealed class SchemaMigrator(SqliteConnectionFactory connections)
{
    private const string ResourcePrefix = "WireIngest.Storage.Migrations.";

    /// <summary>The schema version the embedded scripts lead to.</summary>
    public static int LatestVersion => Scripts.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<(int Version, string Name)>> Scripts = new(LoadScriptNames);

    /// <summary>Applies the missing migrations.</summary>
    /// <returns>The schema version before and after.</returns>
    /// <exception cref="InvalidOperationException">The database is newer than this build knows.</exception>
    public async Task<(int From, int To)> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        int from = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (from > 0)
        {
            await QuickCheckAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        if (from > LatestVersion)
        {
            throw new InvalidOperationException($"{connections.DatabasePath}: schema version {from} is newer than this build's {LatestVersion}");
        }

        foreach ((int version, string name) in Scripts.Value.Where(s => s.Version > from))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA takes no parameters; the version is an int parsed from our own resource name.
            command.CommandText = ReadScript(name) + $"\nPRAGMA user_version = {version};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (from, Math.Max(from, LatestVersion));
    }

    /// <summary>The schema version of the database (0 for a new file).</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>PRAGMA quick_check</c> before anything is written: a damaged file (a bad disk, a copy taken mid-write) stops the start
    /// with one line, instead of failing documents one by one or writing into a broken b-tree.
    /// </summary>
    private async Task QuickCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5);";
        var problems = new List<string>();
        try
        {
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is StorageConstants.SqliteCorrupt or StorageConstants.SqliteNotADatabase)
        {
            // Damage bad enough that the check itself cannot walk the file.
            problems.Add(ex.Message);
        }

        if (problems is not ["ok"])
        {
            throw new SqliteException(
                $"{connections.DatabasePath} is damaged, PRAGMA quick_check: {string.Join("; ", problems)} Restore it from a backup, or move it aside to start a new one.",
                StorageConstants.SqliteCorrupt);
        }
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(int Version, string Name)> LoadScriptNames()
    {
        var scripts = new List<(int, string)>();
        foreach (string name in typeof(SchemaMigrator).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            {
                string file = name[ResourcePrefix.Length..];
                scripts.Add((int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture), name));
            }
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("no embedded migrations found");
    }

    private static string ReadScript(string resourceName)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
