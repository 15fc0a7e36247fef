namespace WireIngest.Core.Storage;

/// <summary>The store's view of the worker: per source status, messages waiting to be published and documents in quarantine.</summary>
/// <param name="Sources">Every source that has finished a poll, by name.</param>
/// <param name="OutboxPending">Messages not yet published (held by an embargo, waiting for the broker, or retrying).</param>
/// <param name="OutboxRejected">Messages the broker refused for good.</param>
/// <param name="OldestPendingAt">When the oldest pending message was queued, or <c>null</c>.</param>
/// <param name="Quarantined">Quarantine entries not replayed yet.</param>
public sealed record StoreStatus(IReadOnlyList<SourceStatus> Sources, int OutboxPending, int OutboxRejected, DateTimeOffset? OldestPendingAt, int Quarantined);
