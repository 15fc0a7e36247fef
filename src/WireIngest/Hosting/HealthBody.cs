namespace WireIngest.Hosting;

/// <summary>The JSON body of <c>/healthz</c> and <c>/readyz</c>: the overall status and, for <c>/readyz</c>, each check's.</summary>
internal sealed record HealthBody(string Status, IReadOnlyDictionary<string, HealthEntryBody>? Checks);
