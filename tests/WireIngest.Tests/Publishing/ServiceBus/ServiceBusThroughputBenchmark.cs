using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;
using WireIngest.ServiceBus;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>
/// Relay throughput from the SQLite outbox to the loopback peer with 4 KB messages. Explicit: it measures the machine, so it
/// reports a figure instead of asserting one (run: <c>dotnet test --filter FullyQualifiedName~ServiceBusThroughputBenchmark</c>).
/// </summary>
[TestFixture]
[Explicit("Benchmark: reports messages per second, run on demand")]
[Category("Benchmark")]
public sealed class ServiceBusThroughputBenchmark
{
    [Test]
    [CancelAfter(600_000)]
    public async Task RelayDueAsync_FourKilobyteMessages_ReportsMessagesPerSecond(CancellationToken cancellationToken)
    {
        const int Count = 20_000;
        using var store = new TestStore(durableCommits: false);
        string body = new('x', 1_550); // the body is written twice (text and HTML): about 4 KB of JSON per message
        for (int i = 0; i < Count; i++)
        {
            await store.Store.Articles.SaveAsync(StoryFactory.Reuters(providerId: $"tag:reuters.com,2024:bench_{i:D6}", headline: $"Story {i}", body: body), cancellationToken);
        }

        double averageBytes = (await store.Store.Outbox.ListAsync(100, cancellationToken)).Average(m => m.Body.Length);
        using var peer = AmqpTestPeer.Start();
        IBatchMessageSink sink = ServiceBusSinks.Create(ServiceBusMessageSinkTests.FastOptions(peer.ConnectionString));
        try
        {
            var relay = new OutboxRelay(store.Store.Outbox, sink, new QueueOptions { RelayBatchSize = 1_000 }, NullLogger<OutboxRelay>.Instance);
            await store.Store.Articles.SaveAsync(StoryFactory.Reuters(providerId: "tag:reuters.com,2024:bench_warmup"), cancellationToken);
            await relay.RelayDueAsync(cancellationToken); // warm-up: connection, link, JIT; relays everything once

            // The measured run: the same rows made pending again, so only the relay (read, send, mark) is timed.
            store.Scalar<int>("UPDATE outbox SET state = 0, published_at = NULL");
            var clock = Stopwatch.StartNew();
            RelayResult result = await relay.RelayDueAsync(cancellationToken);
            clock.Stop();

            double perSecond = result.Published / clock.Elapsed.TotalSeconds;
            await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Relayed {result.Published:N0} messages of {averageBytes:N0} bytes on average in {clock.Elapsed.TotalSeconds:N2} s: {perSecond:N0} messages/s ({peer.Transfers:N0} transfers in all)"));
            Assert.That(result.Published, Is.EqualTo(Count + 1));
        }
        finally
        {
            (sink as IDisposable)?.Dispose();
        }
    }
}
