using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;

namespace WireIngest.Workers;

/// <summary>A one-message-at-a-time sink, each delivery measured (see <see cref="PublishMeasurement"/>).</summary>
internal sealed class MeasuredMessageSink(IMessageSink inner, WireIngestMetrics metrics, TimeProvider timeProvider) : IMessageSink
{
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        PublishMeasurement.MeasureAsync<bool>([message], metrics, timeProvider, async () =>
        {
            await inner.PublishAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }, _ => null);
}
