using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using WireIngest.Core.Publishing;

namespace WireIngest.ServiceBus;

/// <summary>Creates the Service Bus sink from <see cref="ServiceBusOptions"/>.</summary>
public static class ServiceBusSinks
{
    /// <summary>
    /// The sink over one client and one sender; dispose it (the host does) to close the AMQP connection. With a namespace and no
    /// connection string it signs in with <paramref name="credential"/>, by default <see cref="DefaultAzureCredential"/>.
    /// </summary>
    public static IBatchMessageSink Create(ServiceBusOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new ArgumentException("Set WireIngest:ServiceBus:FullyQualifiedNamespace or the connection string.", nameof(options));
        }

        ServiceBusClientOptions clientOptions = ClientOptions(options);
        ServiceBusClient client = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ServiceBusClient(options.FullyQualifiedNamespace!.Trim(), credential ?? new DefaultAzureCredential(), clientOptions)
            : new ServiceBusClient(options.ConnectionString, clientOptions);
        return new ServiceBusMessageSink(client, client.CreateSender(options.EntityName), options.UseSessions);
    }

    /// <summary>
    /// The client's retry policy, chosen on purpose: exponential with a short first delay rides out a dropped connection or a
    /// throttled moment within one send; <see cref="ServiceBusOptions.MaxRetries"/> bounds how long one send (and so
    /// <c>run --once</c>) waits before the relay counts a failure, after which the relay's circuit takes over the long waits;
    /// <see cref="ServiceBusOptions.TryTimeout"/> caps one attempt so a silent broker costs seconds, not minutes.
    /// </summary>
    internal static ServiceBusClientOptions ClientOptions(ServiceBusOptions options) => new()
    {
        TransportType = ServiceBusTransportType.AmqpTcp,
        RetryOptions = new ServiceBusRetryOptions
        {
            Mode = ServiceBusRetryMode.Exponential,
            MaxRetries = options.MaxRetries,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            TryTimeout = options.TryTimeout,
        },
    };
}
