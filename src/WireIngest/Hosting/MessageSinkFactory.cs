using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireIngest.Core.Publishing;
using WireIngest.ServiceBus;
using WireIngest.Workers;

namespace WireIngest.Hosting;

/// <summary>Chooses the sink: Service Bus when a namespace or connection string is configured, else the embedded queue.</summary>
internal static class MessageSinkFactory
{
    public static IMessageSink Create(IServiceProvider services)
    {
        ServiceBusOptions serviceBus = services.GetRequiredService<IOptions<ServiceBusOptions>>().Value;
        if (!serviceBus.IsConfigured)
        {
            return MessageSinks.Embedded(services.GetRequiredService<IOptions<QueueOptions>>().Value);
        }

        // Names the entity and the host, never the connection string: it holds the key.
        bool withKey = !string.IsNullOrWhiteSpace(serviceBus.ConnectionString);
        string host = withKey
            ? ServiceBusConnectionStringProperties.Parse(serviceBus.ConnectionString).Endpoint.Authority
            : serviceBus.FullyQualifiedNamespace!.Trim();
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("WireIngest.Publishing");
        WorkerLog.PublishingToServiceBus(logger, string.IsNullOrWhiteSpace(serviceBus.TopicName) ? "queue" : "topic", serviceBus.EntityName, host,
            withKey ? "shared access key from the environment" : "DefaultAzureCredential");
        return ServiceBusSinks.Create(serviceBus);
    }
}
