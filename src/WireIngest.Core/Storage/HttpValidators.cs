namespace WireIngest.Core.Storage;

/// <summary>What a server said identifies the version of a resource, sent back on the next conditional GET.</summary>
/// <param name="ETag">The <c>ETag</c> header as received (quotes and <c>W/</c> kept), or <c>null</c>.</param>
/// <param name="LastModified">The <c>Last-Modified</c> header as received (HTTP date text), or <c>null</c>.</param>
public sealed record HttpValidators(string? ETag, string? LastModified)
{
    /// <summary>Whether there is anything to send.</summary>
    public bool IsEmpty => ETag is null && LastModified is null;
}
