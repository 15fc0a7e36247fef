namespace WireIngest.Core.Publishing;

/// <summary>What a batch sink did with a page of messages.</summary>
/// <param name="Delivered">Ids the broker acknowledged, in send order.</param>
/// <param name="Rejected">Messages the broker will never accept (too large); they go to the quarantine.</param>
/// <param name="Failure">Why delivery stopped before the end (broker unreachable, busy, timed out), or <c>null</c> when it did not.</param>
public sealed record BatchDelivery(IReadOnlyList<string> Delivered, IReadOnlyList<RejectedMessage> Rejected, string? Failure)
{
    /// <summary>True when the sink stopped early; the messages neither delivered nor rejected stay pending.</summary>
    public bool Stopped => Failure is not null;
}
