using WireIngest.Core.Sources;

namespace WireIngest.Hosting;

/// <summary>The list under <c>WireIngest:Sources</c>.</summary>
internal sealed class SourceListOptions
{
    /// <summary>The configured sources, in order.</summary>
    /// <value>Default: one scan-mode folder source over <c>samples/inbox</c>, so <c>run</c> works on a fresh clone.</value>
    public List<SourceOptions> Sources { get; set; } = [];
}
