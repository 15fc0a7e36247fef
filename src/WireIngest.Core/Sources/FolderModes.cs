namespace WireIngest.Core.Sources;

/// <summary>Values of <see cref="SourceOptions.Mode"/> for a folder source.</summary>
public static class FolderModes
{
    /// <summary>Read in place; never move; ingest once, again when changed.</summary>
    public const string Scan = "scan";

    /// <summary>Move each file to <c>processed/</c> or <c>failed/</c> after its outcome is committed.</summary>
    public const string Drop = "drop";
}
