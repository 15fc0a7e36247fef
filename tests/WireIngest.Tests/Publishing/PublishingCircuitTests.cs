using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Polly.CircuitBreaker;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing;

[TestFixture]
public sealed class PublishingCircuitTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private TestStore _store = null!;
    private FakeLogger<PublishingCircuit> _logger = null!;
    private PublishingCircuit _circuit = null!;
    private SwitchableSink _sink = null!;
    private OutboxRelay _relay = null!;

    [SetUp]
    public async Task SetUp()
    {
        _store = new TestStore();
        _logger = new FakeLogger<PublishingCircuit>();
        _circuit = new PublishingCircuit(new CircuitOptions { MinimumThroughput = 2, BreakDuration = BreakDuration }, _store.Time, _logger);
        _sink = new SwitchableSink();
        _relay = new OutboxRelay(_store.Store.Outbox, _sink, new QueueOptions(), NullLogger<OutboxRelay>.Instance, _circuit);
        for (int i = 0; i < 3; i++)
        {
            await _store.Store.Articles.SaveAsync(StoryFactory.Page($"https://example.org/news/{i}", $"Story {i}"));
        }
    }

    [TearDown]
    public void TearDown() => _store.Dispose();

    private async Task<RelayResult> FailTwiceAsync()
    {
        _sink.Down = true;
        await _relay.RelayDueAsync();
        return await _relay.RelayDueAsync();
    }

    private Task<HealthCheckResult> HealthAsync() =>
        new PublishingHealthCheck(_circuit).CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration(PublishingHealthCheck.Name, _ => null!, null, null) });

    [Test]
    public async Task RelayDueAsync_BrokerKeepsFailing_OpensAndStopsCallingIt()
    {
        await FailTwiceAsync();

        RelayResult halted = await _relay.RelayDueAsync();
        RelayResult stillHalted = await _relay.RelayDueAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(halted, Is.EqualTo(new RelayResult(0, 0, Halted: true)));
            Assert.That(stillHalted.Halted, Is.True);
            Assert.That(_sink.Calls, Is.EqualTo(2), "no call while the circuit is open");
            Assert.That(_circuit.State, Is.EqualTo(CircuitState.Open));
            Assert.That(await _store.Store.Outbox.CountPendingAsync(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task RelayDueAsync_BrokerKeepsFailing_WarnsOncePerStateChangeNotPerMessage()
    {
        await FailTwiceAsync();
        await _relay.RelayDueAsync();

        IReadOnlyList<FakeLogRecord> warnings = [.. _logger.Collector.GetSnapshot().Where(r => r.Level >= LogLevel.Warning)];
        Assert.Multiple(() =>
        {
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0].Message, Does.Contain("Publishing paused for 00:00:30").And.Contain("broker down"));
        });
    }

    [Test]
    public async Task RelayDueAsync_BrokerBackAfterTheBreak_DrainsAndCloses()
    {
        await FailTwiceAsync();
        _sink.Down = false;

        RelayResult beforeBreakEnds = await _relay.RelayDueAsync();
        _store.Time.Advance(BreakDuration);
        RelayResult afterBreak = await _relay.RelayDueAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(beforeBreakEnds.Halted, Is.True);
            Assert.That(afterBreak, Is.EqualTo(new RelayResult(3, 0)));
            Assert.That(_sink.Delivered, Is.EqualTo((await _store.Store.Outbox.ListAsync(10)).Select(m => m.MessageId)));
            Assert.That(_circuit.State, Is.EqualTo(CircuitState.Closed));
            Assert.That(_logger.Collector.GetSnapshot().Select(r => r.Message), Has.Some.StartsWith("Publishing resumed"));
        });
    }

    [Test]
    public async Task CheckHealthAsync_FollowsTheCircuit()
    {
        HealthCheckResult before = await HealthAsync();
        await FailTwiceAsync();
        HealthCheckResult open = await HealthAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(open.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(open.Description, Does.Contain("broker down"));
        });
    }

    [Test]
    public async Task RelayDueAsync_OneFailureAfterSuccess_StaysClosed()
    {
        await _relay.RelayDueAsync();
        await _store.Store.Articles.SaveAsync(StoryFactory.Page("https://example.org/news/late", "Late story"));
        _sink.Down = true;

        RelayResult failed = await _relay.RelayDueAsync();

        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.EqualTo(new RelayResult(0, 1)));
            Assert.That(_circuit.State, Is.EqualTo(CircuitState.Closed));
        });
    }

    /// <summary>A batch sink whose broker is up or down.</summary>
    private sealed class SwitchableSink : IBatchMessageSink
    {
        public bool Down { get; set; }

        public int Calls { get; private set; }

        public List<string> Delivered { get; } = [];

        public Task<BatchDelivery> PublishBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
        {
            Calls++;
            if (Down)
            {
                return Task.FromResult(new BatchDelivery([], [], "broker down"));
            }

            Delivered.AddRange(messages.Select(m => m.MessageId));
            return Task.FromResult(new BatchDelivery([.. messages.Select(m => m.MessageId)], [], null));
        }

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
