using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace WireIngest.Hosting;

/// <summary>
/// The <c>Serilog:MinimumLevel</c> settings the README documents, read in code: <c>Serilog:MinimumLevel</c> or
/// <c>Serilog:MinimumLevel:Default</c>, and <c>Serilog:MinimumLevel:Override:&lt;source prefix&gt;</c>. Serilog.Settings.Configuration
/// finds sinks and enrichers by reflection over assemblies, which the Native AOT app does not have.
/// </summary>
internal static class SerilogLevels
{
    private const string Section = "Serilog:MinimumLevel";

    /// <summary>Applies the configured minimum level and overrides to <paramref name="logger"/>.</summary>
    /// <exception cref="InvalidOperationException">A value is not a Serilog level; the message names the key.</exception>
    public static LoggerConfiguration Apply(LoggerConfiguration logger, IConfiguration configuration)
    {
        IConfigurationSection minimum = configuration.GetSection(Section);
        // "MinimumLevel": "Debug" and "MinimumLevel": { "Default": "Debug" } are both Serilog's documented forms.
        string? defaultLevel = minimum.Value ?? minimum["Default"];
        if (defaultLevel is not null)
        {
            logger.MinimumLevel.Is(Parse(defaultLevel, minimum.Value is null ? $"{Section}:Default" : Section));
        }

        foreach (IConfigurationSection entry in minimum.GetSection("Override").GetChildren())
        {
            if (entry.Value is not null)
            {
                logger.MinimumLevel.Override(entry.Key, Parse(entry.Value, entry.Path));
            }
        }

        return logger;
    }

    private static LogEventLevel Parse(string value, string key) =>
        Enum.TryParse(value.Trim(), ignoreCase: true, out LogEventLevel level) && Enum.IsDefined(level)
            ? level
            : throw new InvalidOperationException($"{key}: '{value}' is not a log level (Verbose, Debug, Information, Warning, Error, Fatal)");
}
