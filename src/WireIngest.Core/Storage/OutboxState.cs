namespace WireIngest.Core.Storage;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxState
{
    /// <summary>Stored with its article version, not yet delivered (or held until its embargo, or failed and to be retried).</summary>
    Pending = 0,

    /// <summary>Delivered to the sink.</summary>
    Published = 1,

    /// <summary>Refused by the broker for good (larger than the entity allows); quarantined with the reason, never retried.</summary>
    Rejected = 2,
}
