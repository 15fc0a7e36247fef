using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.ServiceBus;

/// <summary>
/// Publishing to Azure Service Bus (<c>WireIngest:ServiceBus</c>). Set <see cref="FullyQualifiedNamespace"/> (managed identity
/// or any other <c>DefaultAzureCredential</c> source) or <see cref="ConnectionString"/> (environment only); with neither the
/// embedded queue stays the sink.
/// </summary>
public sealed class ServiceBusOptions
{
    /// <summary>The queue used when neither <see cref="QueueName"/> nor <see cref="TopicName"/> is set.</summary>
    public const string DefaultQueueName = "articles";

    /// <summary>The environment variable that may carry <see cref="ConnectionString"/>; no other source is accepted.</summary>
    public const string ConnectionStringVariable = "WireIngest__ServiceBus__ConnectionString";

    /// <summary>Queue to send to; exactly one of this and <see cref="TopicName"/>; setting it without a namespace or connection string stops the start.</summary>
    /// <value>Default <c>articles</c> when <see cref="TopicName"/> is not set.</value>
    public string? QueueName { get; set; }

    /// <summary>Topic to send to; exactly one of this and <see cref="QueueName"/>; setting it without a namespace or connection string stops the start.</summary>
    public string? TopicName { get; set; }

    /// <summary>Namespace host name (<c>contoso.servicebus.windows.net</c>), signed in with <c>DefaultAzureCredential</c>.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>
    /// A shared-access connection string. Read from the environment variable <see cref="ConnectionStringVariable"/> only: a
    /// configuration file or the command line would leak the key, so start-up refuses it there. Never logged.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Set <c>SessionId</c> to the article id, so a session-enabled entity delivers each story's versions in order.</summary>
    /// <value>Default <c>false</c>.</value>
    public bool UseSessions { get; set; }

    /// <summary>Retries of one send inside the client before the relay counts it as failed (see the README on outages).</summary>
    /// <value>Default 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubles per retry (exponential, with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    /// <value>Default 0.8 seconds.</value>
    [TimeSpanRange("00:00:00.001", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>Upper bound of one retry delay.</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.001", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt (connect, authorise, send a batch) may take.</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.100", "00:10:00")]
    public TimeSpan TryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a namespace or connection string is set, so Service Bus replaces the embedded queue.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(FullyQualifiedNamespace) || !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>The queue or topic messages go to.</summary>
    public string EntityName => string.IsNullOrWhiteSpace(TopicName) ? (string.IsNullOrWhiteSpace(QueueName) ? DefaultQueueName : QueueName.Trim()) : TopicName.Trim();
}
