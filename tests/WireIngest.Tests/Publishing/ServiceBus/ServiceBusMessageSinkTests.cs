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
    public void SetUp() => _store = new TestStore(durableCommits: false);

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

    private async Task SaveStoriesAsync(int count, int bodyBytes = 40, int first = 0)
    {
        string filler = new('x', bodyBytes);
        for (int i = first; i < first + count; i++)
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

    [Test]
    public async Task RelayDueAsync_TenThousandMessages_ArriveInOrderInBatches(CancellationToken cancellationToken)
    {
        AmqpTestPeer peer = StartPeer();
        await SaveStoriesAsync(10_000);

        RelayResult result = await CreateRelay(peer.Port, relayBatchSize: 1000).RelayDueAsync(cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(10_000, 0)));
            Assert.That(peer.Received.Select(m => m.MessageId), Is.EqualTo(await OutboxIdsAsync()));
            Assert.That(peer.Transfers, Is.LessThan(10_000 / 10), "messages travel in batches, not one transfer each");
            Assert.That(await _store.Store.Outbox.CountPendingAsync(cancellationToken), Is.Zero);
        });
    }

    [Test]
    public async Task RelayDueAsync_MessageLargerThanEntityAllows_QuarantinedAndTheOthersDelivered(CancellationToken cancellationToken)
    {
        AmqpTestPeer peer = StartPeer(maxMessageSize: 8 * 1024);
        await SaveStoriesAsync(1);
        await SaveStoriesAsync(1, bodyBytes: 20_000, first: 1);
        await _store.Store.Articles.SaveAsync(StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_LAST", headline: "After the large one"), cancellationToken);
        List<string> ids = await OutboxIdsAsync();

        RelayResult result = await CreateRelay(peer.Port).RelayDueAsync(cancellationToken);

        OutboxMessage large = (await _store.Store.Outbox.GetAsync(ids[1], cancellationToken))!;
        IReadOnlyList<QuarantineEntry> quarantined = await _store.Store.Quarantine.ListAsync(10, includeReplayed: false, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(2, 0, Rejected: 1)));
            Assert.That(peer.Received.Select(m => m.MessageId), Is.EqualTo(new[] { ids[0], ids[2] }));
            Assert.That(large.State, Is.EqualTo(OutboxState.Rejected));
            Assert.That(quarantined.Single().Error, Does.Contain(ids[1]).And.Contain("maximum message size"));
        });
    }

    [Test]
    public async Task RelayDueAsync_BrokerRefusesOneMessageOfABatch_QuarantinesItAndDeliversTheRest(CancellationToken cancellationToken)
    {
        await SaveStoriesAsync(5);
        List<string> ids = await OutboxIdsAsync();
        AmqpTestPeer peer = StartPeer(reject: m => m.MessageId == ids[2]);

        RelayResult result = await CreateRelay(peer.Port).RelayDueAsync(cancellationToken);

        IReadOnlyList<QuarantineEntry> quarantined = await _store.Store.Quarantine.ListAsync(10, includeReplayed: false, cancellationToken);
        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(4, 0, Rejected: 1)));
            Assert.That(peer.Received.Select(m => m.MessageId), Is.EqualTo(ids.Where(id => id != ids[2])));
            Assert.That((await _store.Store.Outbox.GetAsync(ids[2], cancellationToken))!.State, Is.EqualTo(OutboxState.Rejected));
            Assert.That(quarantined.Single().Error, Does.Contain(ids[2]));
            Assert.That(await _store.Store.Outbox.CountPendingAsync(cancellationToken), Is.Zero);
        });
    }

    [Test]
    public async Task RelayDueAsync_CrashBetweenSendAndMarkPublished_ResendsWithTheSameMessageIds(CancellationToken cancellationToken)
    {
        AmqpTestPeer peer = StartPeer();
        await SaveStoriesAsync(3);
        List<string> ids = await OutboxIdsAsync();
        _sink = ServiceBusSinks.Create(FastOptions(peer.ConnectionString));
        var crashing = new CrashingOutbox(_store.Store.Outbox);
        var relay = new OutboxRelay(crashing, _sink, new QueueOptions(), NullLogger<OutboxRelay>.Instance);

        Assert.ThrowsAsync<IOException>(() => relay.RelayDueAsync(cancellationToken));
        int pendingAfterCrash = await _store.Store.Outbox.CountPendingAsync(cancellationToken);
        RelayResult rerun = await relay.RelayDueAsync(cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(pendingAfterCrash, Is.EqualTo(3));
            Assert.That(rerun, Is.EqualTo(new RelayResult(3, 0)));
            Assert.That(peer.Received.Select(m => m.MessageId), Is.EqualTo(ids.Concat(ids)), "the broker's duplicate detection absorbs the second copy");
            Assert.That(await _store.Store.Outbox.CountPendingAsync(cancellationToken), Is.Zero);
        });
    }

    [Test]
    public async Task RelayDueAsync_BrokerDown_KeepsEveryMessagePendingWithTheError(CancellationToken cancellationToken)
    {
        await SaveStoriesAsync(3);

        RelayResult result = await CreateRelay(AmqpTestPeer.FreePort()).RelayDueAsync(cancellationToken);

        IReadOnlyList<OutboxMessage> messages = await _store.Store.Outbox.ListAsync(10, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(0, 3)));
            Assert.That(messages.Select(m => m.State), Is.All.EqualTo(OutboxState.Pending));
            Assert.That(messages.Select(m => m.Attempts), Is.All.EqualTo(1));
            Assert.That(messages.Select(m => m.LastError), Is.All.Contains("ServiceCommunicationProblem"));
        });
    }

    [Test]
    public async Task RelayDueAsync_BrokerBackAfterOutage_DrainsTheBacklogInOrder(CancellationToken cancellationToken)
    {
        int port = AmqpTestPeer.FreePort();
        await SaveStoriesAsync(250);
        OutboxRelay relay = CreateRelay(port);
        RelayResult duringOutage = await relay.RelayDueAsync(cancellationToken);

        _peer = AmqpTestPeer.Start(port);
        RelayResult afterOutage = await relay.RelayDueAsync(cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(duringOutage.Published, Is.Zero);
            Assert.That(afterOutage, Is.EqualTo(new RelayResult(250, 0)));
            Assert.That(_peer.Received.Select(m => m.MessageId), Is.EqualTo(await OutboxIdsAsync()));
        });
    }

    [Test]
    public async Task RelayDueAsync_PeerStopsMidRunAndRestarts_NothingLostOrderKeptDuplicatesOnlyResends(CancellationToken cancellationToken)
    {
        await SaveStoriesAsync(2_000);
        List<string> ids = await OutboxIdsAsync();
        AmqpTestPeer first = AmqpTestPeer.Start(stopAfterTransfers: 3);
        OutboxRelay relay = CreateRelay(first.Port);

        RelayResult interrupted = await relay.RelayDueAsync(cancellationToken);
        first.Dispose();
        _peer = AmqpTestPeer.Start(first.Port);
        RelayResult resumed = await relay.RelayDueAsync(cancellationToken);

        List<string?> received = [.. first.Received.Concat(_peer.Received).Select(m => m.MessageId)];
        Assert.Multiple(async () =>
        {
            Assert.That(interrupted.Failed, Is.Positive, "the stop interrupted the run");
            Assert.That(interrupted.Published + resumed.Published, Is.EqualTo(ids.Count));
            Assert.That(received.Distinct(), Is.EqualTo(ids), "nothing lost, first arrivals in outbox order");
            Assert.That(received.Where(id => id is null || !ids.Contains(id)), Is.Empty, "a duplicate is only ever a re-send with the same MessageId");
            Assert.That(await _store.Store.Outbox.CountPendingAsync(cancellationToken), Is.Zero);
        });
    }

    /// <summary>The outbox of a process that dies after the broker acknowledged and before the commit: the first mark throws.</summary>
    private sealed class CrashingOutbox(IOutboxStore inner) : IOutboxStore
    {
        private int _crashes = 1;

        public Task MarkPublishedAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref _crashes, 0) == 1 ? throw new IOException("process died") : inner.MarkPublishedAsync(messageIds, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> GetDueAsync(int limit, CancellationToken cancellationToken = default) => inner.GetDueAsync(limit, cancellationToken);

        public Task MarkFailedAsync(string messageId, string error, CancellationToken cancellationToken = default) => inner.MarkFailedAsync(messageId, error, cancellationToken);

        public Task MarkRejectedAsync(string messageId, string reason, CancellationToken cancellationToken = default) => inner.MarkRejectedAsync(messageId, reason, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit, CancellationToken cancellationToken = default) => inner.ListAsync(limit, cancellationToken);

        public Task<OutboxMessage?> GetAsync(string messageId, CancellationToken cancellationToken = default) => inner.GetAsync(messageId, cancellationToken);

        public IAsyncEnumerable<OutboxMessage> ReadAllAsync(OutboxState state, CancellationToken cancellationToken = default) => inner.ReadAllAsync(state, cancellationToken);

        public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) => inner.CountPendingAsync(cancellationToken);
    }
}
