namespace WireIngest.Core.Model;

/// <summary>A parsed byline.</summary>
/// <param name="Raw">The byline as found, e.g. <c>By JOHN IRISH, Reuters</c>.</param>
/// <param name="By">The byline without the leading <c>By</c> (ninjs <c>by</c>), e.g. <c>John Irish and Tom Balmforth</c>; <c>null</c> when nothing is left.</param>
/// <param name="Authors">People named, in order, re-cased when they were in capitals; never agencies or outlets.</param>
/// <param name="Agency">Canonical agency named in the byline (<c>By NEWS WIRES</c> has none, <c>By Reuters</c> has <c>Reuters</c>), or <c>null</c>.</param>
public sealed record Byline(string Raw, string? By, IReadOnlyList<string> Authors, string? Agency)
{
    /// <summary>
    /// The organisations or desks credited as the writer (<c>Associated Press</c>, <c>AOL Staff</c>, <c>BR24 Redaktion</c>)
    /// when the byline names no person; empty when it names one.
    /// </summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Who wrote the story: the people named, else the organisations credited as the writer.</summary>
    public IReadOnlyList<string> Writers => Authors.Count > 0 ? Authors : Organisations;
}
