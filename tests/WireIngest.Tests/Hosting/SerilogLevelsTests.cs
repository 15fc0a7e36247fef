using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using WireIngest.Hosting;

namespace WireIngest.Tests.Hosting;

[TestFixture]
public sealed class SerilogLevelsTests
{
    [TestCase("Serilog:MinimumLevel", "Debug")]
    [TestCase("Serilog:MinimumLevel:Default", "debug")]
    public void Apply_DefaultLevelInEitherForm_EnablesThatLevel(string key, string value)
    {
        using Logger logger = Create((key, value));

        Assert.Multiple(() =>
        {
            Assert.That(logger.IsEnabled(LogEventLevel.Debug), Is.True);
            Assert.That(logger.IsEnabled(LogEventLevel.Verbose), Is.False);
        });
    }

    [Test]
    public void Apply_Override_RaisesTheLevelForThatSourcePrefixOnly()
    {
        using Logger logger = Create(("Serilog:MinimumLevel:Default", "Information"), ("Serilog:MinimumLevel:Override:Microsoft", "Warning"));

        Assert.Multiple(() =>
        {
            Assert.That(logger.ForContext(Constants.SourceContextPropertyName, "Microsoft.Hosting.Lifetime").IsEnabled(LogEventLevel.Information), Is.False);
            Assert.That(logger.ForContext(Constants.SourceContextPropertyName, "Microsoft.Hosting.Lifetime").IsEnabled(LogEventLevel.Warning), Is.True);
            Assert.That(logger.ForContext(Constants.SourceContextPropertyName, "WireIngest.Workers.IngestWorker").IsEnabled(LogEventLevel.Information), Is.True);
        });
    }

    [Test]
    public void Apply_NothingConfigured_KeepsSerilogsDefault()
    {
        using Logger logger = Create();

        Assert.That(logger.IsEnabled(LogEventLevel.Information), Is.True);
    }

    [TestCase("Serilog:MinimumLevel:Default", "Loud")]
    [TestCase("Serilog:MinimumLevel:Override:System", "7")]
    public void Apply_NotALevel_ThrowsNamingTheKey(string key, string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Create((key, value)).Dispose());

        Assert.That(exception!.Message, Does.StartWith($"{key}: '{value}' is not a log level"));
    }

    private static Logger Create(params (string Key, string Value)[] settings)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return SerilogLevels.Apply(new LoggerConfiguration(), configuration).CreateLogger();
    }
}
