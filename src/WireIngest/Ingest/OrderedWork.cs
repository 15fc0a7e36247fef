namespace WireIngest.Ingest;

/// <summary>
/// Runs work items on a few dedicated threads and yields the results in input order. Each thread takes the next item
/// as soon as it is free, so a slow item holds back only the consumer, never the other threads (a fixed window of
/// tasks started in order idles every core but one behind a slow head). At most <c>ahead</c> items are taken and
/// not yet consumed, which bounds the memory of finished results. The work is synchronous and runs on those threads:
/// an asynchronous work item would continue on the thread pool after its first real await, leaving its dedicated thread
/// blocked and the pool (where the consumer runs) doing the CPU-bound work.
/// </summary>
internal static class OrderedWork
{
    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, CancellationToken, TResult> work,
        int workers, int ahead, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ahead, workers);
        var slots = new TaskCompletionSource<TResult>[items.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            // The consumer's continuation runs on the pool, never inline on a worker that has the next item to do.
            slots[i] = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var room = new SemaphoreSlim(ahead);
        var claims = new Claims();
        var threads = new Task[Math.Min(workers, Math.Max(1, items.Count))];
        for (int t = 0; t < threads.Length; t++)
        {
            // Dedicated threads: the pool stays free for the consumer, which writes the messages.
            threads[t] = Task.Factory.StartNew(() => Work(items, work, slots, claims, room, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (int i = 0; i < slots.Length; i++)
            {
                TResult result = await slots[i].Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                room.Release();
                yield return result;
            }
        }
        finally
        {
            // A consumer that stops early (cancelled, or its output failed) releases the workers waiting for room.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(threads).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected when the run was stopped.
            }
        }
    }

    private static void Work<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, CancellationToken, TResult> work,
        TaskCompletionSource<TResult>[] slots, Claims claims, SemaphoreSlim room, CancellationToken cancellationToken)
    {
        while (true)
        {
            room.Wait(cancellationToken);
            int i = Interlocked.Increment(ref claims.Last);
            if (i >= items.Count)
            {
                return;
            }

            try
            {
                slots[i].SetResult(work(items[i], cancellationToken));
            }
            catch (Exception ex)
            {
                slots[i].SetException(ex);
            }
        }
    }

    // The index of the last item taken, shared by the workers.
    private sealed class Claims
    {
        public int Last = -1;
    }
}
