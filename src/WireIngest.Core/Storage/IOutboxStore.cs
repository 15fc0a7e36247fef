namespace WireIngest.Core.Storage;

/// <summary>The outbox: messages stored with their article versions, read by the relay and the <c>queue</c> verbs.</summary>
public interface IOutboxStore
{
    /// <summary>Pending messages whose time has come, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetDueAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks messages delivered, in one transaction (one commit per relay batch, not per message).</summary>
    Task MarkPublishedAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default);

    /// <summary>Records a failed delivery; the message stays pending.</summary>
    Task MarkFailedAsync(string messageId, string error, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a message the broker will never accept out of the pending set (<see cref="OutboxState.Rejected"/>) and adds it to
    /// the quarantine with <paramref name="reason"/>, in one transaction.
    /// </summary>
    Task MarkRejectedAsync(string messageId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="limit"/> messages in any state, oldest of them first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>One message, or <c>null</c>.</summary>
    Task<OutboxMessage?> GetAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Every message in <paramref name="state"/>, oldest first, streamed.</summary>
    IAsyncEnumerable<OutboxMessage> ReadAllAsync(OutboxState state, CancellationToken cancellationToken = default);

    /// <summary>How many messages are still pending (held by an embargo or not yet delivered).</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);
}
