namespace WireIngest.Core.Model;

/// <summary>A parsed copyright line such as <c>© Thomson Reuters 2024.</c>.</summary>
/// <param name="Raw">The line as found.</param>
/// <param name="Holder">Holder as written (<c>Thomson Reuters</c>, <c>GPlusMedia Inc.</c>), or <c>null</c>.</param>
/// <param name="Year">Year, or <c>null</c>.</param>
public sealed record CopyrightNotice(string Raw, string? Holder, int? Year);
