using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WireIngest.Cli;
using WireIngest.Core.Model;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class RunCommandTests
{
    private WorkerHarness _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    private string[] SamplesSettings(params string[] extra) => _sut.Settings("scan", ["--WireIngest:Sources:0:Path=" + Samples.InboxPath, .. extra]);


    [Test]
    public async Task RunOnce_SamplesInbox_PublishesOneMessagePerStoryAndLogsSummary()
    {
        int code = await _sut.RunOnceAsync(SamplesSettings());

        string[] exported = await _sut.ExportAsync();
        int samples = Directory.GetFiles(Samples.InboxPath).Length;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(exported, Has.Length.EqualTo(samples), "every sample holds one story");
            Assert.That(exported, Has.Some.Contains("Ukraine asks NATO for membership invite next week"));
            Assert.That(Directory.GetFiles(_sut.QueueDirectory, "*.json"), Has.Length.EqualTo(exported.Length));
            Assert.That(_sut.Messages(), Has.Some.StartsWith($"inbox: seen {samples}, new {samples}, updated 0, duplicate 0, stale 0, failed 0"));
        });
    }

    [Test]
    public async Task RunOnce_SecondTime_AddsNothingAndCountsDuplicates()
    {
        await _sut.RunOnceAsync(SamplesSettings());
        _sut.Logs.Clear();

        int code = await _sut.RunOnceAsync(SamplesSettings());

        int samples = Directory.GetFiles(Samples.InboxPath).Length;
        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(await _sut.ExportAsync(), Has.Length.EqualTo(samples));
            Assert.That(_sut.Messages(), Has.Some.StartsWith($"inbox: seen {samples}, new 0, updated 0, duplicate {samples}"));
        });
    }

    [Test]
    public async Task RunOnce_BadFilesAmongGood_ExitsTwoQuarantinesThemAndPublishesTheRest()
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));
        _sut.Write("blank.txt", "   \n\n");
        File.WriteAllBytes(Path.Combine(_sut.Inbox, "image.bin"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3]);

        int code = await _sut.RunOnceAsync(_sut.Settings());

        (_, string quarantine) = await _sut.CliAsync("quarantine", "list");
        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(await _sut.ExportAsync(), Has.Length.EqualTo(1));
            Assert.That(quarantine, Does.Contain("blank.txt").And.Contain("empty file").And.Contain("image.bin").And.Contain("binary"));
            Assert.That(_sut.Messages(), Has.Some.StartsWith("inbox: seen 3, new 1, updated 0, duplicate 0, stale 0, failed 2"));
        });
    }

    [Test]
    public async Task RunOnce_SameStoryTwiceIngestedConcurrently_StoresItOnce()
    {
        string seed = Path.Combine(Samples.InboxPath, Samples.SeedFileName);
        File.Copy(seed, Path.Combine(_sut.Inbox, "copy-1.txt"));
        File.Copy(seed, Path.Combine(_sut.Inbox, "copy-2.txt"));

        int code = await _sut.RunOnceAsync(_sut.Settings("scan", "--WireIngest:Pipeline:IngestConcurrency=2"));

        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(await _sut.ExportAsync(), Has.Length.EqualTo(1));
            Assert.That(_sut.Messages(), Has.Some.StartsWith("inbox: seen 2, new 1, updated 0, duplicate 1"));
        });
    }

    [Test]
    public async Task RunOnce_DropMode_MovesEachFileAfterItsOutcome()
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));
        _sut.Write("blank.txt", " ");

        int code = await _sut.RunOnceAsync(_sut.Settings("drop"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(File.Exists(Path.Combine(_sut.Inbox, "processed", Samples.SeedFileName)), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(_sut.Inbox, "failed", "blank.txt.error.txt")), Does.Contain("empty file"));
            Assert.That(Directory.GetFiles(_sut.Inbox), Is.Empty);
        });
    }

    [TestCase("--WireIngest:Sources:0:Path=/nonexistent/wire", "WireIngest:Sources:0:Path: folder '/nonexistent/wire' does not exist")]
    [TestCase("--WireIngest:Sources:0:Kind=ftp", "WireIngest:Sources:0:Kind: unknown source kind 'ftp'")]
    [TestCase("--WireIngest:Sources:0:Mode=move", "WireIngest:Sources:0:Mode: unknown folder mode 'move'")]
    [TestCase("--WireIngest:Store:BusyRetries=-1", "WireIngest:Store:BusyRetries:")]
    [TestCase("--WireIngest:Pipeline:ChannelCapacity=0", "WireIngest:Pipeline:ChannelCapacity:")]
    [TestCase("--WireIngest:Sources:0:PollInterval=-00:00:01", "WireIngest:Sources:0:PollInterval:")]
    [TestCase("--WireIngest:Pipeline:RelayInterval=-00:00:05", "WireIngest:Pipeline:RelayInterval:")]
    [TestCase("--WireIngest:Pipeline:ShutdownTimeout=-00:00:01", "WireIngest:Pipeline:ShutdownTimeout:")]
    [TestCase("--WireIngest:Telemetry:StoreGaugeMaxAge=-00:00:01", "WireIngest:Telemetry:StoreGaugeMaxAge:")]
    [TestCase("--WireIngest:Telemetry:OtlpEndpoint=collector:4317", "WireIngest:Telemetry:OtlpEndpoint: an absolute http(s) URL")]
    [TestCase("--WireIngest:Telemetry:OtlpProtocol=udp", "WireIngest:Telemetry:OtlpProtocol: grpc or http/protobuf")]
    [TestCase("--WireIngest:Store:RetentionDays=0", "WireIngest:Store:RetentionDays:")]
    public async Task RunOnce_InvalidSetting_ExitsOneWithOneLineNamingIt(string setting, string expected)
    {
        int code = await _sut.RunOnceAsync(_sut.Settings("scan", setting));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_sut.Messages(Microsoft.Extensions.Logging.LogLevel.Critical), Has.Exactly(1).StartsWith(expected));
            Assert.That(File.Exists(_sut.Database), Is.False, "nothing runs before the settings are valid");
        });
    }

    [Test]
    public async Task RunOnce_StorePathIsAFolder_ExitsOneNamingTheSetting()
    {
        Directory.CreateDirectory(_sut.Database);

        int code = await _sut.RunOnceAsync(_sut.Settings());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_sut.Messages(Microsoft.Extensions.Logging.LogLevel.Critical), Has.Exactly(1).StartsWith("WireIngest:Store:Path: the store cannot be used"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Run_Hosted_IngestsDroppedFilesUntilStoppedThenExitsZero(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<int> run = _sut.RunHostedAsync(
            _sut.Settings("drop", "--WireIngest:Sources:0:PollInterval=00:00:00.200", "--WireIngest:Pipeline:RelayInterval=00:00:00.200"),
            stop.Token);
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));

        string processed = Path.Combine(_sut.Inbox, "processed", Samples.SeedFileName);
        while (!File.Exists(processed) || !Directory.Exists(_sut.QueueDirectory) || Directory.GetFiles(_sut.QueueDirectory, "*.json").Length == 0)
        {
            Assert.That(run.IsCompleted, Is.False, "the worker stopped early");
            await Task.Delay(50, cancellationToken);
        }

        await stop.CancelAsync();

        Assert.That(await run, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Run_StoppedWhileADocumentIsInFlight_FinishesItAndExitsZero(CancellationToken cancellationToken)
    {
        var gate = new StopGate();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));

        Task<int> run = RunCommand.ExecuteAsync(
            _sut.Settings("drop", "--WireIngest:Sources:0:PollInterval=00:00:00.100"), once: false,
            services => services.Replace(ServiceDescriptor.Singleton<IArticleStore>(sp =>
                gate.Wrap(sp.GetRequiredService<SqliteStore>().Articles, sp.GetRequiredService<IHostApplicationLifetime>()))),
            stop.Token);
        await gate.Entered.WaitAsync(cancellationToken);
        await stop.CancelAsync();

        int code = await run;

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(gate.SaveCancelled, Is.False, "the document in flight was not cancelled by the stop");
            Assert.That(File.Exists(Path.Combine(_sut.Inbox, "processed", Samples.SeedFileName)), Is.True, "committed and moved");
        });
    }

    /// <summary>Holds the first save until the host has begun to stop, so a document is in flight when the stop comes.</summary>
    private sealed class StopGate
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public bool SaveCancelled { get; private set; }

        public IArticleStore Wrap(IArticleStore inner, IHostApplicationLifetime lifetime) => new Gated(this, inner, lifetime);

        private sealed class Gated(StopGate gate, IArticleStore inner, IHostApplicationLifetime lifetime) : IArticleStore
        {
            public async Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken = default)
            {
                gate._entered.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping);
                }
                catch (OperationCanceledException)
                {
                    // The host has begun to stop.
                }

                try
                {
                    // The stopping workers have been told by now; a document cancelled with them would fail here.
                    await Task.Delay(200, cancellationToken);
                    return await inner.SaveAsync(article, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    gate.SaveCancelled = true;
                    throw;
                }
            }
        }
    }
}

