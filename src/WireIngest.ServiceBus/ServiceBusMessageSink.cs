using System.Globalization;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;

namespace WireIngest.ServiceBus;

/// <summary>
/// Sends outbox pages to one queue or topic in <see cref="ServiceBusMessageBatch"/>es filled up to the entity's size limit, in
/// order. A batch counts as delivered only once the broker acknowledged it; the first send that still fails after the client's
/// retries ends the page, so nothing overtakes an earlier message. One client and one sender for the process (they hold the
/// AMQP connection and link).
/// </summary>
internal sealed class ServiceBusMessageSink(ServiceBusClient client, ServiceBusSender sender, bool useSessions) : IBatchMessageSink, IAsyncDisposable, IDisposable
{
    public async Task<BatchDelivery> PublishBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var delivered = new List<string>(messages.Count);
        var rejected = new List<RejectedMessage>();
        var inBatch = new List<(OutboxMessage Row, ServiceBusMessage Message)>();
        ServiceBusMessageBatch? batch = null;
        try
        {
            batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
            foreach (OutboxMessage row in messages)
            {
                if (Envelope(row, rejected) is not { } message)
                {
                    continue;
                }

                if (batch.TryAddMessage(message))
                {
                    inBatch.Add((row, message));
                    continue;
                }

                if (batch.Count > 0)
                {
                    await SendAsync(batch, inBatch, delivered, rejected, cancellationToken).ConfigureAwait(false);
                    batch.Dispose();
                    batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                    if (batch.TryAddMessage(message))
                    {
                        inBatch.Add((row, message));
                        continue;
                    }
                }

                // Alone in an empty batch and still too big: no retry will ever get it through.
                rejected.Add(new RejectedMessage(row.MessageId, TooLarge(row.Body.Length, batch.MaxSizeInBytes)));
            }

            if (batch.Count > 0)
            {
                await SendAsync(batch, inBatch, delivered, rejected, cancellationToken).ConfigureAwait(false);
            }

            return new BatchDelivery(delivered, rejected, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The client has spent its retries: the rest of the page stays pending for the relay's next pass.
            return new BatchDelivery(delivered, rejected, Describe(ex));
        }
        finally
        {
            batch?.Dispose();
        }
    }

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sender.SendMessageAsync(ServiceBusEnvelope.Create(message, useSessions), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await sender.DisposeAsync().ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The host disposes synchronously; closing the AMQP connection is quick and must not be skipped.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Sends one batch; when the broker refuses it as too large, sends its messages one by one to find the culprit.</summary>
    private async Task SendAsync(ServiceBusMessageBatch batch, List<(OutboxMessage Row, ServiceBusMessage Message)> inBatch,
        List<string> delivered, List<RejectedMessage> rejected, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
            delivered.AddRange(inBatch.Select(m => m.Row.MessageId));
        }
        catch (ServiceBusException ex) when (IsRefusedForGood(ex))
        {
            foreach ((OutboxMessage row, ServiceBusMessage message) in inBatch)
            {
                try
                {
                    await sender.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
                    delivered.Add(row.MessageId);
                }
                catch (ServiceBusException single) when (IsRefusedForGood(single))
                {
                    rejected.Add(new RejectedMessage(row.MessageId, "refused by the broker: " + single.Message));
                }
            }
        }
        finally
        {
            inBatch.Clear();
        }
    }

    /// <summary>The envelope, or <c>null</c> with the row rejected when its stored body is not JSON (it would block the outbox forever).</summary>
    private ServiceBusMessage? Envelope(OutboxMessage row, List<RejectedMessage> rejected)
    {
        try
        {
            return ServiceBusEnvelope.Create(row, useSessions);
        }
        catch (JsonException ex)
        {
            rejected.Add(new RejectedMessage(row.MessageId, "stored body is not JSON: " + ex.Message));
            return null;
        }
    }

    /// <summary>The broker's verdict on the message itself (its size), not on the connection or the entity.</summary>
    private static bool IsRefusedForGood(ServiceBusException exception) => exception.Reason == ServiceBusFailureReason.MessageSizeExceeded;

    private static string TooLarge(int bodyBytes, long maxBytes) => string.Create(CultureInfo.InvariantCulture,
        $"too large for the entity: a body of {bodyBytes:N0} bytes does not fit its maximum message size of {maxBytes:N0} bytes");

    /// <summary>One line: the client's messages can carry the inner exception's stack trace, which belongs in no log line or outbox row.</summary>
    private static string Describe(Exception exception) => exception is ServiceBusException sb
        ? $"{sb.Reason}: {FirstLine(sb.Message)}"
        : $"{exception.GetType().Name}: {FirstLine(exception.Message)}";

    private static string FirstLine(string text) => text.AsSpan().TrimStart() is var trimmed && trimmed.IndexOfAny('\r', '\n') is var end and >= 0
        ? trimmed[..end].TrimEnd().ToString()
        : text.Trim();
}
