namespace WireIngest.Core.Sources;

/// <summary>
/// Lists the files of a folder tree in ordinal order, skipping hidden files, excluded top-level folders and any symbolic link
/// (file or folder) whose target lies outside the folder: a link must not let a drop folder read the rest of the disk.
/// </summary>
internal sealed class FolderWalker(string root, IReadOnlyCollection<string> excludedTopFolders)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root => _root;

    public IEnumerable<FileInfo> EnumerateFiles() => Walk(new DirectoryInfo(_root), top: true);

    private IEnumerable<FileInfo> Walk(DirectoryInfo folder, bool top)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (FileSystemInfo entry in entries)
        {
            if (entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0 || !StaysInside(entry))
            {
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                if (top && excludedTopFolders.Contains(sub.Name))
                {
                    continue;
                }

                foreach (FileInfo file in Walk(sub, top: false))
                {
                    yield return file;
                }
            }
            else if (entry is FileInfo file)
            {
                yield return file;
            }
        }
    }

    /// <summary>A real entry, or a link whose final target is inside the root.</summary>
    private bool StaysInside(FileSystemInfo entry)
    {
        if (entry.LinkTarget is null)
        {
            return true;
        }

        try
        {
            FileSystemInfo? target = entry.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && target.Exists && IsUnderRoot(target.FullName) && entry is not DirectoryInfo;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private bool IsUnderRoot(string path)
    {
        string full = Path.GetFullPath(path);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
