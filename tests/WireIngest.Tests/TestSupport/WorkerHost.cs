using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WireIngest.Core.Publishing;
using WireIngest.Hosting;

namespace WireIngest.Tests.TestSupport;

/// <summary>The worker's services (not started) with the harness's settings, to drive <c>run --once</c> and read its telemetry.</summary>
internal static class WorkerHost
{
    /// <summary>Builds the host; <paramref name="sink"/>, when given, replaces the configured sink.</summary>
    public static IHost Build(WorkerHarness harness, IMessageSink? sink = null)
    {
        HostApplicationBuilder builder = WireIngestHost.CreateBuilder(harness.Settings(), dataOnStdout: true);
        builder.Services.AddWireIngestWorker(hosted: false);
        if (sink is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(sink));
        }

        return builder.Build();
    }
}
