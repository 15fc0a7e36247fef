using Microsoft.Data.Sqlite;

namespace WireIngest.Core.Storage;

/// <summary>
/// A statement that writes a blob, run through <see cref="SqliteCommand"/> directly: Dapper.AOT 1.1.0 takes a <c>byte[]</c>
/// parameter for a list to expand (<c>IN (@x1, @x2, …)</c>), which breaks the statement and pulls Dapper's Reflection.Emit
/// path into the Native AOT app. Every other statement goes through Dapper.
/// </summary>
internal static class BlobCommand
{
    /// <summary>Creates the command on <paramref name="connection"/>, in <paramref name="transaction"/> when given, with its parameters (null as SQL NULL).</summary>
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
