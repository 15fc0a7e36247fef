using System.ComponentModel.DataAnnotations;

namespace WireIngest.Core.Sources;

/// <summary>One configured source under <c>WireIngest:Sources</c>.</summary>
public sealed class SourceOptions
{
    /// <summary>Name used in logs, summaries, the scan ledger and the quarantine; unique among sources.</summary>
    /// <value>Default: the folder name of <see cref="Path"/>.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Source kind.</summary>
    /// <value>Default <c>folder</c> (the only kind so far; <c>http</c> comes later).</value>
    public string Kind { get; set; } = SourceKinds.Folder;

    /// <summary>Folder to read; relative paths resolve against the working directory.</summary>
    /// <value>Default <c>samples/inbox</c>.</value>
    public string Path { get; set; } = "samples/inbox";

    /// <summary><c>scan</c>: files are read in place, never moved, ingested once and again when they change. <c>drop</c>: files move to <c>processed/</c> or <c>failed/</c> once their outcome is committed.</summary>
    /// <value>Default <c>scan</c>.</value>
    public string Mode { get; set; } = FolderModes.Scan;

    /// <summary>Time between two polls of the source by <c>wireingest run</c> (a drop folder is also woken by file events).</summary>
    /// <value>Default 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Drop mode: a file younger than this (last write) is not read yet, in case it is still being written.</summary>
    /// <value>Default 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The name, or the folder's name when none is set.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(Path)) : Name;
}
