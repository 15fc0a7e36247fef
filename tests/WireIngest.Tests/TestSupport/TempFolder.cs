using Microsoft.Data.Sqlite;

namespace WireIngest.Tests.TestSupport;

/// <summary>A fresh folder under the temp directory, deleted (with any SQLite file in it) on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wireingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        // Pooled connections keep the database open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
