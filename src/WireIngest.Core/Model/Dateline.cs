namespace WireIngest.Core.Model;

/// <summary>A parsed story dateline such as <c>BRUSSELS/KYIV, Nov 29 (Reuters) -</c>.</summary>
/// <param name="Raw">The dateline text without the dash that ends it, e.g. <c>BRUSSELS/KYIV, Nov 29 (Reuters)</c>.</param>
/// <param name="Places">Places in title case (<c>Brussels</c>, <c>Kyiv</c>; <c>Donetsk, Ukraine</c>), empty when the dateline has none.</param>
/// <param name="Date">ISO <c>yyyy-MM-dd</c>, the year taken from the dateline or the item's own date; <c>null</c> without a date.</param>
/// <param name="Agency">Canonical agency in the dateline (<c>Reuters</c>, <c>AP</c>, <c>AFP</c>), or <c>null</c>.</param>
public sealed record Dateline(string Raw, IReadOnlyList<string> Places, string? Date, string? Agency);
