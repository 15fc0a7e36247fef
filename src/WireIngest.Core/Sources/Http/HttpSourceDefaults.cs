using System.Reflection;

namespace WireIngest.Core.Sources.Http;

/// <summary>Defaults of the HTTP source that are computed rather than literal.</summary>
public static class HttpSourceDefaults
{
    /// <summary>
    /// <c>WireIngest/&lt;version&gt;</c>. No contact URL is invented: operators add theirs through the source's
    /// <c>UserAgent</c> setting (<c>WireIngest/1.0 (+https://newsroom.example/crawler)</c>) so site owners can reach them.
    /// </summary>
    public static string UserAgent { get; } = $"WireIngest/{Version()}";

    private static string Version()
    {
        string? informational = typeof(HttpSourceDefaults).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // "1.0.0+3f2a…": the commit suffix is noise to a site operator.
        return informational?.Split('+')[0] ?? "1.0";
    }
}
