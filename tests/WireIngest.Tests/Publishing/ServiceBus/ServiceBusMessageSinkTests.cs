using Microsoft.Extensions.Logging.Abstractions;
using WireIngest.Core.Model;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;
using WireIngest.ServiceBus;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>The real Service Bus client, through the relay, over AMQP 1.0 to the in-process peer.</summary>
[TestFixture]
[CancelAfter(120_000)]
public sealed class ServiceBusMessageSinkTests
{
    private TestStore _store = null!;
    private AmqpTestPeer? _peer;
    private IBatchMessageSink? _sink;

    [SetUp]
    public void SetUp() => _store = new TestStore();

    [TearDown]
    public void TearDown()
    {
        (_sink as IDisposable)?.Dispose();
        _peer?.Dispose();
        _store.Dispose();
    }

    private AmqpTestPeer StartPeer(long maxMessageSize = 256 * 1024, Func<PeerMessage, bool>? reject = null) =>
        _peer = AmqpTestPeer.Start(maxMessageSize: maxMessageSize, reject: reject);

    private OutboxRelay CreateRelay(int port, bool useSessions = false, int relayBatchSize = 100)
    {
        _sink = ServiceBusSinks.Create(FastOptions(AmqpTestPeer.ConnectionStringFor(port), useSessions));
        return new OutboxRelay(_store.Store.Outbox, _sink, new QueueOptions { RelayBatchSize = relayBatchSize }, NullLogger<OutboxRelay>.Instance);
    }

    /// <summary>Few, short retries: a test of a dead broker should fail in a second, not in a minute.</summary>
    internal static ServiceBusOptions FastOptions(string connectionString, bool useSessions = false) => new()
    {
        ConnectionString = connectionString,
        UseSessions = useSessions,
        MaxRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        TryTimeout = TimeSpan.FromSeconds(5),
    };

    private async Task SaveStoriesAsync(int count, int bodyBytes = 40)
    {
        string filler = new('x', bodyBytes);
        for (int i = 0; i < count; i++)
        {
            await _store.Store.Articles.SaveAsync(StoryFactory.Reuters(providerId: $"tag:reuters.com,2024:newsml_{i:D6}", headline: $"Story {i}", body: filler));
        }
    }

    private async Task<List<string>> OutboxIdsAsync() => [.. (await _store.Store.Outbox.ListAsync(100_000)).Select(m => m.MessageId)];

    [Test]
    public async Task RelayDueAsync_OneStory_EveryEnvelopePropertyRoundTrips(CancellationToken cancellationToken)
    {
        AmqpTestPeer peer = StartPeer();
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters() with { HeadlineTags = ["UPDATE 2", "EXCLUSIVE"], Language = "en" }, cancellationToken);
        OutboxMessage stored = (await _store.Store.Outbox.ListAsync(1, cancellationToken))[0];

        RelayResult result = await CreateRelay(peer.Port, useSessions: true).RelayDueAsync(cancellationToken);

        PeerMessage received = peer.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(1, 0)));
            Assert.That(received.Address, Is.EqualTo(ServiceBusOptions.DefaultQueueName));
            Assert.That(received.MessageId, Is.EqualTo(stored.MessageId));
            Assert.That(received.Subject, Is.EqualTo(MessageSubjects.Created));
            Assert.That(received.ContentType, Is.EqualTo("application/json"));
            Assert.That(received.CorrelationId, Is.EqualTo(stored.ArticleId));
            Assert.That(received.SessionId, Is.EqualTo(stored.ArticleId));
            Assert.That(received.Body, Is.EqualTo(stored.Body.ToArray()));
            Assert.That(received.ApplicationProperties, Is.EquivalentTo(new Dictionary<string, object?>
            {
                [ServiceBusEnvelope.Agency] = "Reuters",
                [ServiceBusEnvelope.Version] = 1,
                [ServiceBusEnvelope.PubStatus] = PubStatuses.Usable,
                [ServiceBusEnvelope.Language] = "en",
                [ServiceBusEnvelope.Source] = "newsml-g2",
                [ServiceBusEnvelope.HeadlineTags] = "UPDATE 2,EXCLUSIVE",
            }));
        });
    }

    [Test]
    public async Task RelayDueAsync_SessionsOff_SendsNoSessionId(CancellationToken cancellationToken)
    {
        AmqpTestPeer peer = StartPeer();
        await SaveStoriesAsync(1);

        await CreateRelay(peer.Port).RelayDueAsync(cancellationToken);

        Assert.That(peer.Received.Single().SessionId, Is.Null);
    }
}
