using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using WireIngest.Hosting;
using WireIngest.ServiceBus;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing.ServiceBus;

[TestFixture]
public sealed class ServiceBusOptionsValidatorTests
{
    private const string Key = "S2V5SW5BQ29uZmlndXJhdGlvbkZpbGU=";

    [Test]
    public void Validate_ConnectionStringInAConfigurationFile_FailsNamingTheSettingAndTheFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("appsettings.json",
            $$"""{ "WireIngest": { "ServiceBus": { "ConnectionString": "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={{Key}}" } } }""");
        IConfigurationRoot configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
        ServiceBusOptions options = configuration.GetSection(ServiceBusOptionsValidator.Section).Get<ServiceBusOptions>()!;

        ValidateOptionsResult result = new ServiceBusOptionsValidator(configuration).Validate(null, options);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.StartWith("WireIngest:ServiceBus:ConnectionString: secrets are read from the environment only").And.Contain("configuration file"));
            Assert.That(result.FailureMessage, Does.Not.Contain(Key));
        });
    }

    [Test]
    public void Validate_ConnectionStringFromTheEnvironment_Succeeds()
    {
        const string Variable = "WIREINGEST_VALIDATOR_TEST_";
        Environment.SetEnvironmentVariable(Variable + "WireIngest__ServiceBus__ConnectionString",
            $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={Key}");
        try
        {
            IConfigurationRoot configuration = new ConfigurationBuilder().AddEnvironmentVariables(Variable).Build();
            ServiceBusOptions options = configuration.GetSection(ServiceBusOptionsValidator.Section).Get<ServiceBusOptions>()!;

            ValidateOptionsResult result = new ServiceBusOptionsValidator(configuration).Validate(null, options);

            Assert.That(result.Succeeded, Is.True, result.FailureMessage);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable + "WireIngest__ServiceBus__ConnectionString", null);
        }
    }

    [TestCase("contoso.servicebus.windows.net", null, null, true)]
    [TestCase("contoso.servicebus.windows.net", "articles", null, true)]
    [TestCase("contoso.servicebus.windows.net", null, "wire-articles", true)]
    [TestCase("contoso.servicebus.windows.net", null, "bad name!", false)]
    [TestCase("https://contoso.servicebus.windows.net", null, null, false)]
    [TestCase(null, null, null, true)]
    [TestCase(null, "articles", null, false)]
    [TestCase(null, null, "wire-articles", false)]
    public void Validate_NamespaceAndEntity_AcceptsOnlyValidNames(string? fullyQualifiedNamespace, string? queue, string? topic, bool valid)
    {
        var options = new ServiceBusOptions { FullyQualifiedNamespace = fullyQualifiedNamespace, QueueName = queue, TopicName = topic };

        ValidateOptionsResult result = new ServiceBusOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, options);

        Assert.That(result.Succeeded, Is.EqualTo(valid), result.FailureMessage);
    }
}
