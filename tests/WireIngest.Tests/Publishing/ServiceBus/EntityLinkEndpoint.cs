using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Amqp.Types;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>Receives transfers on an entity link: plain messages and batches (format <c>0x80013700</c>, one Data section per inner message).</summary>
internal sealed class EntityLinkEndpoint(AmqpTestPeer peer, string address) : LinkEndpoint
{
    private const uint BatchFormat = 0x80013700;

    public override void OnMessage(MessageContext messageContext)
    {
        Message message = messageContext.Message;
        List<Message> inner = message.Format == BatchFormat ? [.. Unbatch(message)] : [message];
        List<PeerMessage> received = [.. inner.Select(m => ToPeerMessage(address, m))];
        if (received.FirstOrDefault(peer.ShouldReject) is { } refused)
        {
            messageContext.Complete(new Error(new Symbol("amqp:link:message-size-exceeded")) { Description = $"message {refused.MessageId} is too large for the entity" });
            return;
        }

        peer.Record(received);
        messageContext.Complete();
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext) => dispositionContext.Complete();

    private static IEnumerable<Message> Unbatch(Message batch)
    {
        IEnumerable<byte[]> sections = batch.BodySection switch
        {
            DataList list => Enumerable.Range(0, list.Count).Select(i => list[i].Binary),
            Data data => [data.Binary],
            _ => [],
        };
        foreach (byte[] bytes in sections)
        {
            yield return Message.Decode(new ByteBuffer(bytes, 0, bytes.Length, bytes.Length));
        }
    }

    private static PeerMessage ToPeerMessage(string address, Message message)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.ApplicationProperties is { } application)
        {
            foreach (KeyValuePair<object, object> pair in application.Map)
            {
                properties[pair.Key.ToString()!] = pair.Value;
            }
        }

        byte[] body = message.BodySection switch
        {
            Data data => data.Binary,
            DataList list when list.Count > 0 => list[0].Binary,
            _ => [],
        };
        return new PeerMessage(address, message.Properties?.MessageId, message.Properties?.Subject, message.Properties?.ContentType,
            message.Properties?.CorrelationId, message.Properties?.GroupId, properties, body);
    }
}
