using Amqp.Framing;
using Amqp.Listener;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>Attaches the client's sender links to the peer's one queue, advertising the entity's maximum message size.</summary>
internal sealed class EntityLinkProcessor(AmqpTestPeer peer) : ILinkProcessor
{
    public void Process(AttachContext attachContext)
    {
        // Without max-message-size the client computes a limit of -1 and every batch fails.
        attachContext.Attach.MaxMessageSize = (ulong)peer.MaxMessageSize;
        string address = ((attachContext.Attach.Role ? attachContext.Attach.Source as Source : null)?.Address
            ?? (attachContext.Attach.Target as Target)?.Address ?? string.Empty).TrimStart('/');
        attachContext.Complete(new EntityLinkEndpoint(peer, address), initialCredit: 500);
    }
}
