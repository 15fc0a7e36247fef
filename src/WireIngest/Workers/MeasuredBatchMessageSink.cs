using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>A batch sink, each batch measured (see <see cref="PublishMeasurement"/>); a batch the broker stopped part-way counts as failed.</summary>
internal sealed class MeasuredBatchMessageSink(IBatchMessageSink inner, WireIngestMetrics metrics, TimeProvider timeProvider) : IBatchMessageSink
{
    private readonly MeasuredMessageSink _single = new(inner, metrics, timeProvider);

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default) => _single.PublishAsync(message, cancellationToken);

    public Task<BatchDelivery> PublishBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        PublishMeasurement.MeasureAsync(messages, metrics, timeProvider, () => inner.PublishBatchAsync(messages, cancellationToken), delivery => delivery.Failure);
}
