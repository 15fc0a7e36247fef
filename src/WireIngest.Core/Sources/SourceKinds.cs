namespace WireIngest.Core.Sources;

/// <summary>Values of <see cref="SourceOptions.Kind"/>.</summary>
public static class SourceKinds
{
    public const string Folder = "folder";
}
