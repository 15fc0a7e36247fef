using WireIngest.Ingest;

namespace WireIngest.Tests.Ingest;

[TestFixture]
public sealed class OrderedWorkTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public async Task RunAsync_SlowFirstItem_OthersFinishMeanwhileAndResultsComeInInputOrder(int workers)
    {
        const int Count = 12;
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var othersDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int done = 0;
        using var guard = new CancellationTokenSource(HangGuard);

        int Work(int item, CancellationToken token)
        {
            if (item == 0 && workers > 1)
            {
                releaseFirst.Task.Wait(token);
            }

            if (Interlocked.Increment(ref done) == Count - 1 && workers > 1)
            {
                othersDone.SetResult();
            }

            return item * 10;
        }

        var results = new List<int>();
        Task consume = Task.Run(async () =>
        {
            await foreach (int result in OrderedWork.RunAsync(Enumerable.Range(0, Count).ToList(), Work, workers, ahead: Count, guard.Token))
            {
                results.Add(result);
            }
        });

        if (workers > 1)
        {
            // Every other item finishes while the first still blocks one worker: no head-of-line blocking.
            await othersDone.Task.WaitAsync(guard.Token);
            Assert.That(results, Is.Empty);
            releaseFirst.SetResult();
        }

        await consume.WaitAsync(guard.Token);
        Assert.That(results, Is.EqualTo(Enumerable.Range(0, Count).Select(i => i * 10)));
    }

    [Test]
    public async Task RunAsync_ItemThrows_ResultsBeforeItThenItsException()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var results = new List<int>();

        async Task Consume()
        {
            await foreach (int result in OrderedWork.RunAsync([1, 2, 3, 4], Fail3, workers: 2, ahead: 2, guard.Token))
            {
                results.Add(result);
            }
        }

        Assert.That(Consume, Throws.InvalidOperationException.With.Message.EqualTo("item 3"));
        Assert.That(results, Is.EqualTo(new[] { 1, 2 }));
        await Task.CompletedTask;
    }

    [Test]
    public async Task RunAsync_ConsumerStopsEarly_WorkersWaitingForRoomAreReleased()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        int started = 0;

        int Work(int item, CancellationToken token)
        {
            Interlocked.Increment(ref started);
            return item;
        }

        // The enumerator's disposal waits for the workers: it returns only if they were released.
        await foreach (int first in OrderedWork.RunAsync(Enumerable.Range(0, 100).ToList(), Work, workers: 2, ahead: 3, guard.Token))
        {
            Assert.That(first, Is.Zero);
            break;
        }

        Assert.That(started, Is.InRange(1, 4));
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task RunAsync_Work_RunsOnItsOwnThreadsNotThePool(int workers)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();

        int Work(int item, CancellationToken token)
        {
            threads[Environment.CurrentManagedThreadId] = Thread.CurrentThread.IsThreadPoolThread;
            return item;
        }

        await foreach (int _ in OrderedWork.RunAsync(Enumerable.Range(0, 50).ToList(), Work, workers, ahead: workers * 2, guard.Token))
        {
        }

        // The pool is left to the consumer: CPU-bound items there would compete with it and hop between its threads.
        Assert.That(threads.Values, Has.None.True);
        Assert.That(threads.Keys, Has.Count.InRange(1, workers));
    }

    private static int Fail3(int item, CancellationToken token) => item == 3 ? throw new InvalidOperationException("item 3") : item;
}
