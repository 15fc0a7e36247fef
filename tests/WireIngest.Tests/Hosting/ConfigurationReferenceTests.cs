using System.Reflection;
using WireIngest.Core.Extraction;
using WireIngest.Core.Normalization;
using WireIngest.Core.Publishing;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Hosting;
using WireIngest.ServiceBus;
using WireIngest.Tests.TestSupport;
using WireIngest.Workers;

namespace WireIngest.Tests.Hosting;

/// <summary>The README's configuration reference names every setting the options classes bind.</summary>
[TestFixture]
public sealed class ConfigurationReferenceTests
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        ("WireIngest:Sources:N", typeof(SourceOptions)),
        ("WireIngest:Store", typeof(StorageOptions)),
        ("WireIngest:Identity", typeof(IdentityOptions)),
        ("WireIngest:Publishing", typeof(PublishingOptions)),
        ("WireIngest:Queue", typeof(QueueOptions)),
        ("WireIngest:Circuit", typeof(CircuitOptions)),
        ("WireIngest:ServiceBus", typeof(ServiceBusOptions)),
        ("WireIngest:Pipeline", typeof(WorkerOptions)),
        ("WireIngest:Health", typeof(HealthOptions)),
        ("WireIngest:Telemetry", typeof(TelemetryOptions)),
        ("WireIngest:Limits", typeof(DocumentLimits)),
        ("WireIngest:Normalization:HeadlineTags", typeof(HeadlineTagOptions)),
    ];

    /// <summary>What the configuration binder fills: settable properties and get-only lists.</summary>
    private static IEnumerable<string> Settings() =>
        from section in Sections
        from property in section.Options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        let isList = property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType)
        where property.SetMethod is { IsPublic: true } || isList
        select $"{section.Section}:{property.Name}{(isList ? ":N" : string.Empty)}";

    [Test]
    public void Readme_ConfigurationReference_NamesEverySettingWithItsEnvironmentVariable()
    {
        string readme = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "README.md"));

        Assert.Multiple(() =>
        {
            foreach (string setting in Settings())
            {
                Assert.That(readme, Does.Contain($"| `{setting}` | `{setting.Replace(":", "__", StringComparison.Ordinal)}` |"),
                    $"{setting} is missing from the README's configuration reference (python3 scripts/config-reference.py --write)");
            }
        });
    }
}
