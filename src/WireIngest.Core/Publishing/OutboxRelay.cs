using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Publishing;

/// <summary>
/// Moves due outbox messages to the sink, then marks them published: a crash between the two re-sends the message with the
/// same id (at-least-once, idempotent by MessageId). Messages that fail stay pending with their error and attempts count;
/// messages the broker refuses for good go to the quarantine. With a <see cref="PublishingCircuit"/>, a broker that keeps
/// failing is left alone for a while instead of being called on every pass.
/// </summary>
public sealed class OutboxRelay(IOutboxStore outbox, IMessageSink sink, QueueOptions options, ILogger<OutboxRelay> logger, PublishingCircuit? circuit = null)
{
    /// <summary>
    /// Relays due messages until none are left, a whole batch failed, or (batch sinks) the broker stopped accepting; embargoed
    /// ones wait for their time.
    /// </summary>
    public async Task<RelayResult> RelayDueAsync(CancellationToken cancellationToken = default)
    {
        int published = 0, failed = 0, rejected = 0;
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            IReadOnlyList<OutboxMessage> batch = await outbox.GetDueAsync(options.RelayBatchSize + failedIds.Count, cancellationToken).ConfigureAwait(false);
            List<OutboxMessage> fresh = [.. batch.Where(m => !failedIds.Contains(m.MessageId))];
            if (fresh.Count == 0)
            {
                return new RelayResult(published, failed, rejected);
            }

            BatchDelivery? delivery = circuit is null
                ? await SendAsync(fresh, cancellationToken).ConfigureAwait(false)
                : await circuit.SendAsync(token => SendAsync(fresh, token), cancellationToken).ConfigureAwait(false);
            if (delivery is null)
            {
                return new RelayResult(published, failed, rejected, Halted: true);
            }

            foreach (RejectedMessage refused in delivery.Rejected)
            {
                PublishingLog.Rejected(logger, refused.MessageId, refused.Reason);
                await outbox.MarkRejectedAsync(refused.MessageId, refused.Reason, cancellationToken).ConfigureAwait(false);
            }

            // One commit per batch; a crash before it re-sends the batch with the same ids.
            await outbox.MarkPublishedAsync(delivery.Delivered, cancellationToken).ConfigureAwait(false);
            published += delivery.Delivered.Count;
            rejected += delivery.Rejected.Count;
            if (sink is IBatchMessageSink && delivery.Failure is { } reason)
            {
                failed += await MarkUndeliveredAsync(fresh, delivery, reason, cancellationToken).ConfigureAwait(false);
                // Later messages are not sent ahead of the ones that failed: the pass ends, order is kept.
                return new RelayResult(published, failed, rejected);
            }

            failed += fresh.Count - delivery.Delivered.Count - delivery.Rejected.Count;
            failedIds.UnionWith(fresh.Select(m => m.MessageId).Except(delivery.Delivered).Except(delivery.Rejected.Select(r => r.MessageId)));
        }
    }

    private Task<BatchDelivery> SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        sink is IBatchMessageSink batchSink ? batchSink.PublishBatchAsync(messages, cancellationToken) : PublishEachAsync(messages, cancellationToken);

    /// <summary>A sink without batches: one message at a time, a failure does not stop the others.</summary>
    private async Task<BatchDelivery> PublishEachAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var delivered = new List<string>(messages.Count);
        string? failure = null;
        foreach (OutboxMessage message in messages)
        {
            try
            {
                await sink.PublishAsync(message, cancellationToken).ConfigureAwait(false);
                delivered.Add(message.MessageId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not retried in this pass (that would spin); the next pass tries again.
                failure = ex.Message;
                PublishingLog.PublishFailed(logger, message.MessageId, ex.Message);
                await outbox.MarkFailedAsync(message.MessageId, ex.Message, cancellationToken).ConfigureAwait(false);
            }
        }

        return new BatchDelivery(delivered, [], failure);
    }

    private async Task<int> MarkUndeliveredAsync(List<OutboxMessage> page, BatchDelivery delivery, string reason, CancellationToken cancellationToken)
    {
        var settled = new HashSet<string>(delivery.Delivered, StringComparer.Ordinal);
        settled.UnionWith(delivery.Rejected.Select(r => r.MessageId));
        List<OutboxMessage> undelivered = [.. page.Where(m => !settled.Contains(m.MessageId))];
        PublishingLog.BatchStopped(logger, delivery.Delivered.Count, page.Count, reason);
        foreach (OutboxMessage message in undelivered)
        {
            await outbox.MarkFailedAsync(message.MessageId, reason, cancellationToken).ConfigureAwait(false);
        }

        return undelivered.Count;
    }
}
