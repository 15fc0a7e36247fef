namespace WireIngest.Core.Sources;

/// <summary>What reaching a source once found (<c>wireingest sources check</c>).</summary>
/// <param name="Succeeded">The source answered and may be read.</param>
/// <param name="Reason">Why not, or <c>null</c>.</param>
public sealed record SourceCheck(bool Succeeded, string? Reason)
{
    /// <summary>The source answered.</summary>
    public static SourceCheck Ok { get; } = new(true, null);

    /// <summary>The source failed for <paramref name="reason"/>.</summary>
    public static SourceCheck Fail(string reason) => new(false, reason);
}
