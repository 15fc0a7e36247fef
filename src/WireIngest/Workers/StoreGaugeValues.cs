namespace WireIngest.Workers;

/// <summary>What the store gauges report: messages waiting in the outbox and quarantine entries not replayed.</summary>
internal sealed record StoreGaugeValues(int OutboxPending, int Quarantined);
