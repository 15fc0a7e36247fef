namespace WireIngest.Core.Sources;

/// <summary>The retention of drop folders: files in <c>processed/</c> are removed once older than the retention period.</summary>
public static class ProcessedFiles
{
    /// <summary>
    /// Deletes the files under the source's <c>processed/</c> folder last written before <paramref name="cutoff"/> (a drop
    /// folder stamps each file with the time it was processed); <c>failed/</c> stays for the operator. Other sources: nothing.
    /// </summary>
    /// <returns>How many files were deleted; one that cannot be deleted now is left for the next pass.</returns>
    public static int Prune(SourceOptions source, DateTimeOffset cutoff)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.IsDropFolder)
        {
            return 0;
        }

        string folder = Path.Combine(Path.GetFullPath(source.Path), DropFolderSource.ProcessedFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        int removed = 0;
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Locked or no permission: the next daily pass tries again.
            }
        }

        return removed;
    }
}
