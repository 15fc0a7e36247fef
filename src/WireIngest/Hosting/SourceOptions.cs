namespace WireIngest.Hosting;

/// <summary>One configured source under <c>WireIngest:Sources</c>.</summary>
internal sealed class SourceOptions
{
    /// <summary>Name used in logs and summaries.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Source kind; <c>folder</c> for now.</summary>
    /// <value>Default <c>folder</c>.</value>
    public string Kind { get; set; } = "folder";

    /// <summary>Folder to read, relative to the working directory.</summary>
    /// <value>Default <c>samples/inbox</c>.</value>
    public string Path { get; set; } = "samples/inbox";

    /// <summary><c>scan</c>: files are read in place and never moved.</summary>
    /// <value>Default <c>scan</c>.</value>
    public string Mode { get; set; } = "scan";
}
