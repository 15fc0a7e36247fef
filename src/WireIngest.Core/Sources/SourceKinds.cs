namespace WireIngest.Core.Sources;

/// <summary>Values of <see cref="SourceOptions.Kind"/>.</summary>
public static class SourceKinds
{
    /// <summary>A local folder, in scan or drop mode.</summary>
    public const string Folder = "folder";

    /// <summary>Article pages and RSS, Atom or sitemap indexes over HTTP(S).</summary>
    public const string Http = "http";
}
