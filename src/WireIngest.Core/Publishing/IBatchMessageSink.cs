using WireIngest.Core.Storage;

namespace WireIngest.Core.Publishing;

/// <summary>
/// A sink that delivers many messages per round trip (a broker batch). The relay hands it a page of the outbox in order and
/// marks published exactly what <see cref="BatchDelivery.Delivered"/> lists.
/// </summary>
public interface IBatchMessageSink : IMessageSink
{
    /// <summary>
    /// Delivers <paramref name="messages"/> in order and stops at the first failure the broker may recover from, so nothing is
    /// delivered ahead of an earlier message. Must be idempotent by <see cref="OutboxMessage.MessageId"/>.
    /// </summary>
    Task<BatchDelivery> PublishBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);
}
