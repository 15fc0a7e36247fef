namespace WireIngest.Core.Sources;

/// <summary>The committed outcome of one document, handed back to its source.</summary>
/// <param name="Failed">The document went to quarantine.</param>
/// <param name="Error">Why it failed, or <c>null</c>.</param>
public sealed record DocumentOutcome(bool Failed, string? Error)
{
    /// <summary>Its stories were stored (new, updated, duplicate or stale).</summary>
    public static DocumentOutcome Ingested { get; } = new(false, null);

    /// <summary>It went to quarantine for <paramref name="error"/>.</summary>
    public static DocumentOutcome Quarantined(string error) => new(true, error);
}
