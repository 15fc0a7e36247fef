using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Sources.Http;

namespace WireIngest.Tests.Sources.Http;

[TestFixture]
[CancelAfter(30_000)]
public sealed class HostGateTests
{
    [Test]
    public async Task EnterAsync_SecondRequest_WaitsForThePolitenessDelay(CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider();
        using var gate = new HostGate(maxConcurrency: 2, TimeSpan.FromSeconds(1), time);
        using IDisposable first = await gate.EnterAsync(cancellationToken);

        Task<IDisposable> second = gate.EnterAsync(cancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(999));
        bool earlyAfter999Ms = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        using IDisposable secondSlot = await second;

        Assert.That(earlyAfter999Ms, Is.False, "the second start waits the whole delay");
    }

    [Test]
    public async Task EnterAsync_AllSlotsTaken_WaitsForARelease(CancellationToken cancellationToken)
    {
        using var gate = new HostGate(maxConcurrency: 1, TimeSpan.Zero, TimeProvider.System);
        IDisposable first = await gate.EnterAsync(cancellationToken);

        Task<IDisposable> second = gate.EnterAsync(cancellationToken);
        await Task.Delay(50, cancellationToken);
        bool waitedWhileTaken = !second.IsCompleted;
        first.Dispose();
        using IDisposable secondSlot = await second;

        Assert.That(waitedWhileTaken, Is.True);
    }
}
