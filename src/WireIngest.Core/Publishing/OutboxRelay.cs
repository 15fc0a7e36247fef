using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Publishing;

/// <summary>
/// Moves due outbox messages to the sink, then marks them published: a crash between the two re-sends the message with the
/// same id (at-least-once, idempotent by MessageId). Messages that fail stay pending with their error and attempts count.
/// </summary>
public sealed class OutboxRelay(IOutboxStore outbox, IMessageSink sink, QueueOptions options, ILogger<OutboxRelay> logger)
{
    /// <summary>Relays due messages until none are left or a whole batch failed; embargoed ones wait for their time.</summary>
    public async Task<RelayResult> RelayDueAsync(CancellationToken cancellationToken = default)
    {
        int published = 0, failed = 0;
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            IReadOnlyList<OutboxMessage> batch = await outbox.GetDueAsync(options.RelayBatchSize + failedIds.Count, cancellationToken).ConfigureAwait(false);
            List<OutboxMessage> fresh = [.. batch.Where(m => !failedIds.Contains(m.MessageId))];
            if (fresh.Count == 0)
            {
                return new RelayResult(published, failed);
            }

            var delivered = new List<string>(fresh.Count);
            foreach (OutboxMessage message in fresh)
            {
                try
                {
                    await sink.PublishAsync(message, cancellationToken).ConfigureAwait(false);
                    delivered.Add(message.MessageId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Not retried in this pass (that would spin); the next pass tries again.
                    failed++;
                    failedIds.Add(message.MessageId);
                    PublishingLog.PublishFailed(logger, message.MessageId, ex.Message);
                    await outbox.MarkFailedAsync(message.MessageId, ex.Message, cancellationToken).ConfigureAwait(false);
                }
            }

            // One commit per batch; a crash before it re-sends the batch with the same ids.
            await outbox.MarkPublishedAsync(delivered, cancellationToken).ConfigureAwait(false);
            published += delivered.Count;
        }
    }
}
