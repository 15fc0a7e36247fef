namespace WireIngest.Core.Model;

/// <summary>Where a document came from: a file path, a URL, or both (a saved page with its address).</summary>
/// <param name="File">Path of the file as the operator named it, or <c>null</c>.</param>
/// <param name="Url">Address of the page or feed item, or <c>null</c>.</param>
public sealed record DocumentOrigin(string? File, string? Url)
{
    /// <summary>The name used in log lines and error messages.</summary>
    public string DisplayName => File ?? Url ?? "(unnamed input)";

    public static DocumentOrigin FromFile(string path, string? url = null) => new(path, url);

    public static DocumentOrigin FromUrl(string url) => new(null, url);
}
