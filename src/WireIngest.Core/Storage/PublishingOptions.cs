namespace WireIngest.Core.Storage;

/// <summary>What the outbox publishes when (<c>WireIngest:Publishing</c>).</summary>
public sealed class PublishingOptions
{
    /// <summary>Hold an embargoed item's message in the outbox until its <c>embargoedUntil</c> has passed.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool HoldEmbargoed { get; set; } = true;
}
