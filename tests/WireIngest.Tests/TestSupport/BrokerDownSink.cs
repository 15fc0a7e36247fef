using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;

namespace WireIngest.Tests.TestSupport;

/// <summary>A sink whose broker is unreachable: every delivery fails, so messages stay pending in the outbox.</summary>
internal sealed class BrokerDownSink : IMessageSink
{
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        Task.FromException(new InvalidOperationException("broker unreachable"));
}
