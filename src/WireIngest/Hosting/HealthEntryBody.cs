namespace WireIngest.Hosting;

/// <summary>One check in the <c>/readyz</c> body.</summary>
internal sealed record HealthEntryBody(string Status, string? Description);
