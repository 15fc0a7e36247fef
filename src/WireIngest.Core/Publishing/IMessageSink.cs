using WireIngest.Core.Storage;

namespace WireIngest.Core.Publishing;

/// <summary>Where the outbox relay delivers messages (the embedded queue; brokers implement <see cref="IBatchMessageSink"/>).</summary>
public interface IMessageSink
{
    /// <summary>Delivers one message. Must be idempotent by <see cref="OutboxMessage.MessageId"/>: after a crash the relay sends it again.</summary>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
