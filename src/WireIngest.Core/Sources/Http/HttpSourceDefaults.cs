using System.Reflection;

namespace WireIngest.Core.Sources.Http;

/// <summary>Defaults of the HTTP source that are computed rather than literal.</summary>
public static class HttpSourceDefaults
{
    /// <summary>Where a site operator reading their logs learns what the crawler is.</summary>
    public const string ProjectUrl = "https://github.com/wireingest/wireingest";

    /// <summary><c>WireIngest/&lt;version&gt; (+project URL)</c>.</summary>
    public static string UserAgent { get; } = $"WireIngest/{Version()} (+{ProjectUrl})";

    private static string Version()
    {
        string? informational = typeof(HttpSourceDefaults).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // "1.0.0+3f2a…": the commit suffix is noise to a site operator.
        return informational?.Split('+')[0] ?? "1.0";
    }
}
