using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireIngest.Core.Sources;
using WireIngest.Hosting;
using WireIngest.Workers;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class SourcesPolledHealthCheckTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private static async Task<HealthCheckResult> CheckAsync(FakeTimeProvider time, SourcePollClock clock) =>
        await new SourcesPolledHealthCheck(
            Options.Create(new SourceListOptions { Sources = [new SourceOptions { Name = "inbox", PollInterval = Interval }] }),
            clock).CheckHealthAsync(new HealthCheckContext());

    // Late means more than twice the interval plus the grace since the last poll (or the start).
    [TestCase(0, false, HealthStatus.Healthy)]
    [TestCase(119, false, HealthStatus.Healthy)]
    [TestCase(121, false, HealthStatus.Unhealthy)]
    [TestCase(121, true, HealthStatus.Healthy)]
    public async Task CheckHealthAsync_SecondsSinceStart_HealthyOnlyWithinSchedule(int seconds, bool polledJustNow, HealthStatus expected)
    {
        var time = new FakeTimeProvider();
        var clock = new SourcePollClock(time);
        time.Advance(TimeSpan.FromSeconds(seconds));
        if (polledJustNow)
        {
            clock.MarkPolled("inbox");
        }

        HealthCheckResult result = await CheckAsync(time, clock);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(expected));
            Assert.That(result.Description, expected == HealthStatus.Unhealthy ? Does.Contain("inbox") : Does.Not.Contain("inbox"));
        });
    }
}
