using Amqp;
using Amqp.Framing;
using Amqp.Sasl;
using Amqp.Types;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>Server side of SASL <c>MSSBCBS</c>, the mechanism the Service Bus client signs in with: accept, the token follows on <c>$cbs</c>.</summary>
internal sealed class CbsSaslProfile() : SaslProfile(Name)
{
    public static readonly Symbol Name = new("MSSBCBS");

    private const ulong SaslInitCode = 0x41;

    protected override ITransport UpgradeTransport(ITransport transport) => transport;

    protected override DescribedList GetStartCommand(string hostname) => throw new NotSupportedException("The peer only accepts connections.");

    protected override DescribedList OnCommand(DescribedList command) =>
        command.Descriptor.Code == SaslInitCode
            ? new SaslOutcome { Code = SaslCode.Ok }
            : throw new AmqpException(ErrorCode.NotAllowed, command.ToString());
}
