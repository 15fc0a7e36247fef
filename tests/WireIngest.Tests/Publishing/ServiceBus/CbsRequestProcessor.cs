using Amqp;
using Amqp.Framing;
using Amqp.Listener;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>The <c>$cbs</c> node: accepts every <c>put-token</c> (status-code an AMQP int, correlation-id the request's message-id).</summary>
internal sealed class CbsRequestProcessor : IRequestProcessor
{
    private int _tokens;

    public int Credit => 100;

    public int TokensAccepted => Volatile.Read(ref _tokens);

    public void Process(RequestContext requestContext)
    {
        Interlocked.Increment(ref _tokens);
        var reply = new Message
        {
            Properties = new Properties { CorrelationId = requestContext.Message.Properties?.MessageId },
            ApplicationProperties = new ApplicationProperties(),
        };
        reply.ApplicationProperties["status-code"] = 202;
        reply.ApplicationProperties["status-description"] = "Accepted";
        requestContext.Complete(reply);
    }
}
