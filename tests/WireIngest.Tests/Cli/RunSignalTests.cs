using System.Diagnostics;
using System.Globalization;
using System.Text;
using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

/// <summary>The real <c>wireingest run</c> as a child process, stopped the way a container runtime stops it.</summary>
[TestFixture]
[Category("Slow")]
public sealed class RunSignalTests
{
    private WorkerHarness _harness = null!;
    private Process? _process;
    private readonly StringBuilder _output = new();

    [SetUp]
    public void SetUp() => _harness = new WorkerHarness();

    [TearDown]
    public void TearDown()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _harness.Dispose();
    }

    private void Start(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "wireingest.dll"));
        start.ArgumentList.Add("run");
        foreach (string setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        // The container's settings: no diagnostics IPC socket.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static async Task SignalAsync(int pid, string signal, CancellationToken cancellationToken)
    {
        using Process kill = Process.Start("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(cancellationToken);
    }

    private string Processed => Path.Combine(_harness.Inbox, "processed");

    [Test]
    [CancelAfter(120_000)]
    public async Task Run_Sigterm_StopsGracefullyWithExitZeroLosingNoDocument(CancellationToken cancellationToken)
    {
        string[] samples = Directory.GetFiles(Samples.InboxPath);
        int total = 0;
        for (int copy = 0; copy < 4; copy++)
        {
            foreach (string sample in samples)
            {
                File.Copy(sample, Path.Combine(_harness.Inbox, $"{copy}-{Path.GetFileName(sample)}"));
                total++;
            }
        }

        Start(_harness.Settings("drop",
            "--WireIngest:Sources:0:PollInterval=00:00:00.100",
            "--WireIngest:Pipeline:IngestConcurrency=1",
            "--WireIngest:Pipeline:ShutdownTimeout=00:00:30",
            "--WireIngest:Health:Port=0"));
        while (!Directory.Exists(Processed) || Directory.GetFiles(Processed).Length == 0)
        {
            Assert.That(_process!.HasExited, Is.False, () => "the worker stopped early:\n" + Output());
            await Task.Delay(20, cancellationToken);
        }

        await SignalAsync(_process!.Id, "-TERM", cancellationToken);
        await _process.WaitForExitAsync(cancellationToken);

        int processed = Directory.GetFiles(Processed).Length;
        int waiting = Directory.GetFiles(_harness.Inbox).Length;
        string output = Output();
        Assert.Multiple(() =>
        {
            Assert.That(_process.ExitCode, Is.EqualTo(ExitCodes.Success), output);
            Assert.That(processed + waiting, Is.EqualTo(total), "every document is processed or still waiting, none lost");
            Assert.That(Directory.Exists(Path.Combine(_harness.Inbox, "failed")), Is.False, "nothing failed on the way out");
            Assert.That(output, Does.Contain("SourceSummary"), "the summary of a graceful stop");
            Assert.That(output, Does.Not.Contain("\"@l\":\"Error\"").And.Not.Contain("\"@l\":\"Fatal\""));
        });
    }
}
