using System.Text.RegularExpressions;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Options;
using WireIngest.ServiceBus;

namespace WireIngest.Hosting;

/// <summary>
/// Checks <c>WireIngest:ServiceBus</c> at start: one entity, one way to sign in, names the broker accepts, and a connection
/// string only from the environment (a file or the command line would leak its key). Failures name the setting, never the secret.
/// </summary>
internal sealed partial class ServiceBusOptionsValidator(IConfiguration configuration) : IValidateOptions<ServiceBusOptions>
{
    public const string Section = "WireIngest:ServiceBus";

    private const string ConnectionStringKey = Section + ":" + nameof(ServiceBusOptions.ConnectionString);

    public ValidateOptionsResult Validate(string? name, ServiceBusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Ranges are checked by the section validator every options class gets; these are the rules across settings.
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.QueueName) && !string.IsNullOrWhiteSpace(options.TopicName))
        {
            failures.Add($"{Section}: set QueueName or TopicName, not both");
        }

        if (!EntityName().IsMatch(options.EntityName))
        {
            failures.Add($"{Section}:{(string.IsNullOrWhiteSpace(options.TopicName) ? "QueueName" : "TopicName")}: '{options.EntityName}' is not a Service Bus entity name (letters, digits, '.', '-', '_', '/'; at most 260)");
        }

        // A named entity without a broker is a deployment missing its secret or namespace: refuse to start rather than
        // queue every article locally while the operator believes they go to Service Bus.
        if (!options.IsConfigured && (!string.IsNullOrWhiteSpace(options.QueueName) || !string.IsNullOrWhiteSpace(options.TopicName)))
        {
            failures.Add($"{Section}:{(string.IsNullOrWhiteSpace(options.TopicName) ? "QueueName" : "TopicName")}: '{options.EntityName}' names a Service Bus entity, but no broker is set (FullyQualifiedNamespace, or {ServiceBusOptions.ConnectionStringVariable} in the environment); remove it to use the embedded queue");
        }

        if (!string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace) && !string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Section}: set FullyQualifiedNamespace or the connection string, not both");
        }

        if (!string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace) && Uri.CheckHostName(options.FullyQualifiedNamespace.Trim()) != UriHostNameType.Dns)
        {
            failures.Add($"{Section}:FullyQualifiedNamespace: '{options.FullyQualifiedNamespace}' is not a host name (like contoso.servicebus.windows.net, without sb:// or a path)");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.AddRange(ConnectionStringFailures(options.ConnectionString));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ConnectionStringFailures(string connectionString)
    {
        if (configuration is IConfigurationRoot root
            && root.Providers.FirstOrDefault(p => p is not EnvironmentVariablesConfigurationProvider && p.TryGet(ConnectionStringKey, out _)) is { } leaking)
        {
            yield return $"{ConnectionStringKey}: secrets are read from the environment only ({ServiceBusOptions.ConnectionStringVariable}); remove it from {Describe(leaking)}";
        }

        if (!IsServiceBusConnectionString(connectionString))
        {
            // The value is never echoed: it holds a key.
            yield return $"{ConnectionStringKey}: not a Service Bus connection string (Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…)";
        }
    }

    private static bool IsServiceBusConnectionString(string connectionString)
    {
        try
        {
            ServiceBusConnectionStringProperties parsed = ServiceBusConnectionStringProperties.Parse(connectionString);
            return parsed.Endpoint is not null
                && (!string.IsNullOrEmpty(parsed.SharedAccessKey) || !string.IsNullOrEmpty(parsed.SharedAccessSignature));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Describe(IConfigurationProvider provider) => provider switch
    {
        FileConfigurationProvider file => $"the configuration file {file.Source.Path}",
        _ when provider.GetType().Name.StartsWith("CommandLine", StringComparison.Ordinal) => "the command line",
        _ => provider.ToString() ?? provider.GetType().Name,
    };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-/]{0,259}$")]
    private static partial Regex EntityName();
}
