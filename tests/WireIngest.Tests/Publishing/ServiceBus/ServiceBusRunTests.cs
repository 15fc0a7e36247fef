using Microsoft.Extensions.Logging;
using WireIngest.Cli;
using WireIngest.ServiceBus;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary><c>run --once</c> publishing to the AMQP peer, configured the way an operator does it (key in the environment).</summary>
[TestFixture]
[NonParallelizable]
[CancelAfter(120_000)]
public sealed class ServiceBusRunTests
{
    /// <summary>A key no other string in a run could contain by chance.</summary>
    private const string DistinctiveKey = "U2VjcmV0S2V5Rm9yV2lyZUluZ2VzdFRlc3RzOTg3NjU0MzIx";

    private WorkerHarness _sut = null!;
    private AmqpTestPeer? _peer;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable(ServiceBusOptions.ConnectionStringVariable, null);
        _peer?.Dispose();
        _sut.Dispose();
    }

    private static void SetConnectionString(int port) =>
        Environment.SetEnvironmentVariable(ServiceBusOptions.ConnectionStringVariable, AmqpTestPeer.ConnectionStringFor(port, DistinctiveKey));

    /// <summary>The samples as the source, short client retries, and everything logged down to Debug.</summary>
    private string[] Settings(params string[] extra) => _sut.Settings("scan",
    [
        "--WireIngest:Sources:0:Path=" + Samples.InboxPath,
        "--WireIngest:ServiceBus:MaxRetries=1",
        "--WireIngest:ServiceBus:RetryDelay=00:00:00.020",
        "--WireIngest:ServiceBus:MaxRetryDelay=00:00:00.050",
        "--WireIngest:ServiceBus:TryTimeout=00:00:05",
        "--Serilog:MinimumLevel:Default=Debug",
        "--Serilog:MinimumLevel:Override:Microsoft=Debug",
        "--Serilog:MinimumLevel:Override:System=Debug",
        .. extra,
    ]);

    private async Task<string[]> QueueLinesAsync(string state)
    {
        (int code, string output) = await _sut.CliAsync("queue", "list", "--limit", "1000");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        return [.. output.Split('\n').Where(line => line.Contains($" {state} ", StringComparison.Ordinal))];
    }

    private string AllLogText() => string.Join('\n', _sut.Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    [Test]
    public async Task RunOnce_ConnectionStringInEnvironment_PublishesEveryStoryToTheQueue()
    {
        _peer = AmqpTestPeer.Start();
        SetConnectionString(_peer.Port);

        int code = await _sut.RunOnceAsync(Settings());

        int samples = Directory.GetFiles(Samples.InboxPath).Length;
        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), AllLogText());
            Assert.That(_peer.Received, Has.Count.EqualTo(samples));
            Assert.That(await QueueLinesAsync("Published"), Has.Length.EqualTo(samples));
            Assert.That(_sut.Messages(), Has.Some.Contains($"Publishing to Service Bus queue articles on 127.0.0.1:{_peer.Port}"));
            Assert.That(Directory.Exists(_sut.QueueDirectory), Is.False, "Service Bus replaces the embedded queue");
        });
    }

    [Test]
    public async Task RunOnce_DebugLogging_NeverLogsTheKey()
    {
        _peer = AmqpTestPeer.Start();
        SetConnectionString(_peer.Port);

        await _sut.RunOnceAsync(Settings());

        string logs = AllLogText();
        Assert.Multiple(() =>
        {
            Assert.That(_sut.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Debug), Is.True, "the run logged at Debug");
            Assert.That(logs, Does.Not.Contain(DistinctiveKey));
            Assert.That(logs, Does.Not.Contain("SharedAccessKey="));
        });
    }

    [Test]
    public async Task RunOnce_BrokerDown_ExitsThreeAndKeepsEveryMessagePending()
    {
        SetConnectionString(AmqpTestPeer.FreePort());

        int code = await _sut.RunOnceAsync(Settings());

        int samples = Directory.GetFiles(Samples.InboxPath).Length;
        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.PublishFailed));
            Assert.That(await QueueLinesAsync("Pending"), Has.Length.EqualTo(samples));
            Assert.That(AllLogText(), Does.Not.Contain(DistinctiveKey));
        });
    }

    [Test]
    public async Task RunOnce_BrokerBackOnTheNextRun_DrainsTheBacklogInOrder()
    {
        int port = AmqpTestPeer.FreePort();
        SetConnectionString(port);
        int down = await _sut.RunOnceAsync(Settings());

        _peer = AmqpTestPeer.Start(port);
        int back = await _sut.RunOnceAsync(Settings());

        string[] published = await QueueLinesAsync("Published");
        Assert.Multiple(() =>
        {
            Assert.That(down, Is.EqualTo(ExitCodes.PublishFailed));
            Assert.That(back, Is.EqualTo(ExitCodes.Success));
            Assert.That(_peer.Received.Select(m => m.MessageId), Is.EqualTo(published.Select(line => line.Split(' ')[0])), "outbox order");
        });
    }

    [Test]
    public async Task RunHosted_BrokerDownThenBack_PausesOncePerStateChangeAndDrainsInOrder(CancellationToken cancellationToken)
    {
        int port = AmqpTestPeer.FreePort();
        SetConnectionString(port);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<int> run = _sut.RunHostedAsync(Settings("--WireIngest:Pipeline:RelayInterval=00:00:00.050", "--WireIngest:Circuit:BreakDuration=00:00:00.500"), stop.Token);
        await WaitUntilLoggedAsync("Publishing paused", run, cancellationToken);

        _peer = AmqpTestPeer.Start(port);
        await WaitUntilLoggedAsync("Publishing resumed", run, cancellationToken);
        int samples = Directory.GetFiles(Samples.InboxPath).Length;
        await _peer.WaitForAsync(samples, cancellationToken);
        await stop.CancelAsync();
        int code = await run;

        // Every pause is followed by a trial before the next pause: the relay never hammers a broker that is down.
        List<string> transitions = [.. _sut.Messages().Where(m => m.StartsWith("Publishing ", StringComparison.Ordinal))];
        bool pausedTwiceInARow = transitions.Zip(transitions.Skip(1)).Any(pair => pair.First.StartsWith("Publishing paused", StringComparison.Ordinal) && pair.Second.StartsWith("Publishing paused", StringComparison.Ordinal));
        string[] published = await QueueLinesAsync("Published");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(pausedTwiceInARow, Is.False, string.Join('\n', transitions));
            // The samples' own warnings (the RSS sample's teaser item, passed over) are about reading, not publishing.
            Assert.That(
                _sut.Messages(LogLevel.Warning).Where(m => !m.StartsWith("Publishing paused", StringComparison.Ordinal) && !m.StartsWith(Samples.InboxPath, StringComparison.Ordinal)),
                Is.Empty,
                "no warning per message");
            Assert.That(_peer.Received.Select(m => m.MessageId), Is.EqualTo(published.Select(line => line.Split(' ')[0])), "outbox order");
        });
    }

    private async Task WaitUntilLoggedAsync(string prefix, Task<int> run, CancellationToken cancellationToken)
    {
        while (!_sut.Messages().Any(m => m.StartsWith(prefix, StringComparison.Ordinal)))
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped early");
            await Task.Delay(20, cancellationToken);
        }
    }

    [TestCase("--WireIngest:ServiceBus:ConnectionString=" + "Endpoint=sb://127.0.0.1:1;SharedAccessKeyName=test;SharedAccessKey=" + DistinctiveKey,
        "WireIngest:ServiceBus:ConnectionString: secrets are read from the environment only")]
    [TestCase("--WireIngest:ServiceBus:FullyQualifiedNamespace=sb://contoso.servicebus.windows.net/", "WireIngest:ServiceBus:FullyQualifiedNamespace:")]
    [TestCase("--WireIngest:ServiceBus:TopicName=articles", "WireIngest:ServiceBus: set QueueName or TopicName, not both", "--WireIngest:ServiceBus:QueueName=articles")]
    [TestCase("--WireIngest:ServiceBus:MaxRetries=99", "WireIngest:ServiceBus:MaxRetries:")]
    [TestCase("--WireIngest:ServiceBus:QueueName=wire-articles", "WireIngest:ServiceBus:QueueName: 'wire-articles' names a Service Bus entity, but no broker is set")]
    public async Task RunOnce_InvalidServiceBusSetting_ExitsOneWithALineNamingIt(string setting, string expected, string? other = null)
    {
        int code = await _sut.RunOnceAsync(Settings([setting, .. other is null ? Array.Empty<string>() : [other]]));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_sut.Messages(LogLevel.Critical), Has.Some.StartsWith(expected));
            Assert.That(AllLogText(), Does.Not.Contain(DistinctiveKey));
        });
    }

    [Test]
    public async Task RunOnce_MalformedConnectionString_ExitsOneWithoutEchoingIt()
    {
        Environment.SetEnvironmentVariable(ServiceBusOptions.ConnectionStringVariable, "Endpoint=nowhere;" + DistinctiveKey);

        int code = await _sut.RunOnceAsync(Settings());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_sut.Messages(LogLevel.Critical), Has.Some.StartsWith("WireIngest:ServiceBus:ConnectionString: not a Service Bus connection string"));
            Assert.That(AllLogText(), Does.Not.Contain(DistinctiveKey));
        });
    }
}
