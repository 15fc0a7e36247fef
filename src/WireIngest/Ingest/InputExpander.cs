namespace WireIngest.Ingest;

/// <summary>Expands the PATH arguments into files: a file as given, a folder recursively in ordinal order (so output order is stable).</summary>
internal static class InputExpander
{
    /// <summary>Files to read, and paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
                    IgnoreInaccessible = false,
                };
                string[] found = Directory.GetFiles(path, "*", options);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
