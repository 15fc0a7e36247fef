using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireIngest.Cli;
using WireIngest.Core.Model;
using WireIngest.Core.Storage;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Hosting;

/// <summary>Settings as an operator gives them: validated at start with one line naming each bad one, environment overrides, exit codes.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConfigurationTests
{
    private const string Variable = "WireIngest__Pipeline__ChannelCapacity";
    private WorkerHarness _harness = null!;

    [SetUp]
    public void SetUp() => _harness = new WorkerHarness();

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable(Variable, null);
        Environment.SetEnvironmentVariable("WireIngest__Health__Port", null);
        _harness.Dispose();
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Run_NegativeShutdownTimeout_ExitsOneNamingTheSetting(CancellationToken cancellationToken)
    {
        int code = await _harness.RunHostedAsync(_harness.Settings("scan", "--WireIngest:Pipeline:ShutdownTimeout=-00:00:01"), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_harness.Messages(LogLevel.Critical), Has.Exactly(1).StartsWith("WireIngest:Pipeline:ShutdownTimeout:"));
        });
    }

    [Test]
    public async Task RunOnce_BadValueFromEnvironment_ExitsOneNamingTheSetting()
    {
        Environment.SetEnvironmentVariable(Variable, "0");

        int code = await _harness.RunOnceAsync(_harness.Settings());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(_harness.Messages(LogLevel.Critical), Has.Exactly(1).StartsWith("WireIngest:Pipeline:ChannelCapacity:"));
        });
    }

    [Test]
    public void CreateBuilder_EnvironmentVariable_OverridesAppSettingsAndIsOverriddenByTheCommandLine()
    {
        Environment.SetEnvironmentVariable("WireIngest__Health__Port", "8081");

        IConfiguration fromEnvironment = WireIngestHost.AddSources(new ConfigurationBuilder(), []).Build();
        IConfiguration fromCommandLine = WireIngestHost.AddSources(new ConfigurationBuilder(), ["--WireIngest:Health:Port=9090"]).Build();

        Assert.Multiple(() =>
        {
            Assert.That(fromEnvironment["WireIngest:Health:Port"], Is.EqualTo("8081"));
            Assert.That(fromCommandLine["WireIngest:Health:Port"], Is.EqualTo("9090"));
            Assert.That(fromEnvironment["WireIngest:Sources:0:Name"], Is.EqualTo("samples"), "appsettings.json is still read");
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Run_UnhandledFailureInALoop_ExitsNonZero(CancellationToken cancellationToken)
    {
        _harness.Write("blank.txt", " ");

        int code = await RunCommand.ExecuteAsync(
            _harness.Settings("drop", "--WireIngest:Sources:0:PollInterval=00:00:00.100"), once: false,
            services => services.Replace(ServiceDescriptor.Singleton<IQuarantineStore>(new BrokenQuarantine())), cancellationToken);

        Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
    }

    /// <summary>A quarantine that fails with an error nothing expects.</summary>
    private sealed class BrokenQuarantine : IQuarantineStore
    {
        public Task<long> AddAsync(string source, DocumentOrigin origin, string error, ReadOnlyMemory<byte>? content, string? contentType,
            CancellationToken cancellationToken = default) => throw new InvalidOperationException("quarantine broken");

        public Task<IReadOnlyList<QuarantineEntry>> ListAsync(int limit, bool includeReplayed, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<QuarantineEntry>>([]);

        public Task<QuarantineEntry?> GetAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult<QuarantineEntry?>(null);

        public Task MarkReplayedAsync(long id, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task UpdateErrorAsync(long id, string error, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
