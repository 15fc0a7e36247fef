using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class PublishingHealthRegistrationTests
{
    [Test]
    public async Task CheckHealthAsync_WorkerHost_ReportsPublishingAndStoreUnderTheReadyTag()
    {
        using var folder = new TempFolder();
        HostApplicationBuilder builder = WireIngestHost.CreateBuilder(["--WireIngest:Store:Path=" + folder.Combine("data", "test.db")], dataOnStdout: true);
        builder.Services.AddWireIngestWorker(hosted: false);
        using IHost host = builder.Build();

        HealthReport report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));

        Assert.Multiple(() =>
        {
            Assert.That(report.Entries.Keys, Is.EquivalentTo(new[] { PublishingHealthCheck.Name, StoreWritableHealthCheck.Name }));
            Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy));
        });
    }
}
