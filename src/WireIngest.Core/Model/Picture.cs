namespace WireIngest.Core.Model;

/// <summary>A normalised picture: caption without credit or desk codes, and its parsed credit.</summary>
/// <param name="Caption">Caption text, or <c>null</c>.</param>
/// <param name="Credit">Parsed credit, or <c>null</c>.</param>
/// <param name="Href">Image URL, when known.</param>
public sealed record Picture(string? Caption, ImageCredit? Credit, string? Href);
