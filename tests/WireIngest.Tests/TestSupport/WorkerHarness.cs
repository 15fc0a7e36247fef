using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireIngest.Cli;

namespace WireIngest.Tests.TestSupport;

/// <summary>
/// Runs the worker's verbs in-process against a store in a temp folder, with settings passed the way an operator would
/// (<c>--WireIngest:Key=value</c>), and captures the log events.
/// </summary>
internal sealed class WorkerHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public WorkerHarness()
    {
        Directory.CreateDirectory(Inbox);
    }

    public string Inbox => _folder.Combine("inbox");

    public string Database => _folder.Combine("data", "wireingest.db");

    public string QueueDirectory => _folder.Combine("queue");

    public FakeLogCollector Logs { get; } = new();

    public string Write(string name, string text) => _folder.Write(Path.Combine("inbox", name), text);

    /// <summary>Store and queue settings, then one folder source over <see cref="Inbox"/>, then <paramref name="extra"/>.</summary>
    public string[] Settings(string mode = "scan", params string[] extra) =>
    [
        "--WireIngest:Store:Path=" + Database,
        "--WireIngest:Queue:Directory=" + QueueDirectory,
        "--WireIngest:Sources:0:Name=inbox",
        "--WireIngest:Sources:0:Path=" + Inbox,
        "--WireIngest:Sources:0:Mode=" + mode,
        "--WireIngest:Sources:0:SettleDelay=00:00:00",
        .. extra,
    ];

    public Task<int> RunOnceAsync(params string[] settings) => RunCommand.ExecuteAsync(settings, once: true, AddFakeLogs, CancellationToken.None);

    public Task<int> RunHostedAsync(string[] settings, CancellationToken cancellationToken) => RunCommand.ExecuteAsync(settings, once: false, AddFakeLogs, cancellationToken);

    /// <summary>Invokes a verb through the command line; returns its exit code and stdout.</summary>
    public async Task<(int ExitCode, string Output)> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        int code = await CliApplication.CreateRootCommand()
            .Parse([.. args, "--WireIngest:Store:Path=" + Database])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }

    /// <summary>Every published message of the embedded queue, one JSON line each (<c>queue export --jsonl</c>).</summary>
    public async Task<string[]> ExportAsync()
    {
        (int code, string output) = await CliAsync("queue", "export", "--jsonl");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Rendered log messages; Serilog quotes string values, the quotes are dropped.</summary>
    public IReadOnlyList<string> Messages(LogLevel atLeast = LogLevel.Information) =>
        [.. Logs.GetSnapshot().Where(r => r.Level >= atLeast).Select(r => r.Message.Replace("\"", string.Empty, StringComparison.Ordinal))];

    private void AddFakeLogs(IServiceCollection services) => services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)));

    public void Dispose() => _folder.Dispose();
}
