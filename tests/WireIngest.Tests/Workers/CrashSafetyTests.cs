using System.Globalization;
using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Workers;

/// <summary>
/// The real worker as a child process over a drop folder of a few hundred generated documents: killed with SIGKILL at random
/// points and restarted, or stopped with SIGTERM. Hang guards only; nothing here asserts how long anything took.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class CrashSafetyTests
{
    private const string SeedVariable = "WIREINGEST_CRASH_SEED";
    private DropFolderRun _run = null!;

    [SetUp]
    public void SetUp() => _run = new DropFolderRun();

    [TearDown]
    public void TearDown() => _run.Dispose();

    [Test]
    [CancelAfter(240_000)]
    public async Task Run_KilledAtRandomPointsAndRestarted_PublishesEveryVersionOnceAndLosesNoFile(CancellationToken cancellationToken)
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out int given) ? given : Random.Shared.Next();
        TestContext.Out.WriteLine($"crash harness seed {seed} (set {SeedVariable} to replay it)");
        var random = new Random(seed);
        _run.Generate(count: 300, badEvery: 50);

        for (int kill = 0; kill < 4 && _run.Waiting > 0; kill++)
        {
            using WorkerProcess worker = WorkerProcess.Start(_run.WorkingDirectory, _run.Settings());
            // Killed once some more documents have gone through, at a random moment of the ingest, the move or the relay.
            int target = _run.Moved + random.Next(5, 60);
            while (_run.Moved < target && _run.Waiting > 0)
            {
                Assert.That(worker.HasExited, Is.False, () => "the worker stopped by itself:\n" + worker.Output);
                await Task.Delay(random.Next(1, 40), cancellationToken);
            }

            await worker.KillAsync(cancellationToken);
            TestContext.Out.WriteLine($"killed after {_run.Moved} of {_run.Moved + _run.Waiting} moved");
        }

        using WorkerProcess last = WorkerProcess.Start(_run.WorkingDirectory, _run.Settings());
        await WaitUntilDrainedAsync(last, cancellationToken);
        int exitCode = await last.TerminateAsync(cancellationToken);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), last.Output);
        _run.AssertNothingLostOrDoubled();
    }

    [Test]
    [CancelAfter(180_000)]
    public async Task Run_Sigterm_FinishesOrRollsBackTheItemInFlightAndExitsZero(CancellationToken cancellationToken)
    {
        _run.Generate(count: 200, badEvery: 0);
        using WorkerProcess worker = WorkerProcess.Start(_run.WorkingDirectory, _run.Settings());
        while (_run.Moved < 20)
        {
            Assert.That(worker.HasExited, Is.False, () => "the worker stopped by itself:\n" + worker.Output);
            await Task.Delay(10, cancellationToken);
        }

        int exitCode = await worker.TerminateAsync(cancellationToken);

        // What was moved was committed; what was in flight rolled back and waits in the folder, nothing in between.
        long versions = _run.Probe.ScalarOr("SELECT COUNT(*) FROM article_versions", -1L);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), worker.Output);
            Assert.That(versions, Is.EqualTo(_run.Processed.Length), "every moved document stored, no document stored and left behind");
            Assert.That(_run.Waiting + _run.Moved, Is.EqualTo(200));
            Assert.That(_run.Probe.IntegrityCheck(), Is.EqualTo("ok"));
        });

        using WorkerProcess restarted = WorkerProcess.Start(_run.WorkingDirectory, _run.Settings());
        await WaitUntilDrainedAsync(restarted, cancellationToken);
        Assert.That(await restarted.TerminateAsync(cancellationToken), Is.EqualTo(ExitCodes.Success), restarted.Output);
        _run.AssertNothingLostOrDoubled();
    }

    /// <summary>Until the drop folder is empty and every stored message is published.</summary>
    private async Task WaitUntilDrainedAsync(WorkerProcess worker, CancellationToken cancellationToken)
    {
        while (_run.Waiting > 0 || _run.PendingMessages != 0)
        {
            Assert.That(worker.HasExited, Is.False, () => "the worker stopped by itself:\n" + worker.Output);
            await Task.Delay(100, cancellationToken);
        }
    }
}
