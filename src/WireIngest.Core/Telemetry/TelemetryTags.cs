using WireIngest.Core.Storage;

namespace WireIngest.Core.Telemetry;

/// <summary>Tag names on WireIngest's activities, so every stage names the same thing the same way.</summary>
public static class TelemetryTags
{
    /// <summary>The stored article's id.</summary>
    public const string ArticleId = "wireingest.article_id";

    /// <summary>The configured source's name.</summary>
    public const string Source = "wireingest.source";

    /// <summary>The story's agency, when known.</summary>
    public const string Agency = "wireingest.agency";

    /// <summary>Where the document came from (file name or URL).</summary>
    public const string Document = "wireingest.document";

    /// <summary>The document format the extractor recognised.</summary>
    public const string Format = "wireingest.format";

    /// <summary>What happened: new, updated, duplicate, stale, quarantined, delivered, failed.</summary>
    public const string Outcome = "wireingest.outcome";

    /// <summary>How many stories a document held, or messages a publish carried.</summary>
    public const string Count = "wireingest.count";

    /// <summary>A save outcome as tags and metric labels spell it (<c>new</c>, <c>updated</c>, <c>duplicate</c>, <c>stale</c>).</summary>
    public static string OutcomeName(SaveOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
