using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Core.Sources;

/// <summary>One configured source under <c>WireIngest:Sources</c>.</summary>
public sealed class SourceOptions
{
    /// <summary>Name used in logs, summaries, the scan ledger and the quarantine; unique among sources.</summary>
    /// <value>Default: the folder name of <see cref="Path"/>.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Source kind.</summary>
    /// <value>Default <c>folder</c>; or <c>http</c>.</value>
    public string Kind { get; set; } = SourceKinds.Folder;

    /// <summary>Folder to read; relative paths resolve against the working directory.</summary>
    /// <value>Default <c>samples/inbox</c>.</value>
    public string Path { get; set; } = "samples/inbox";

    /// <summary><c>scan</c>: files are read in place, never moved, ingested once and again when they change. <c>drop</c>: files move to <c>processed/</c> or <c>failed/</c> once their outcome is committed.</summary>
    /// <value>Default <c>scan</c>.</value>
    public string Mode { get; set; } = FolderModes.Scan;

    /// <summary>Time between two polls of the source by <c>wireingest run</c> (a drop folder is also woken by file events).</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.010", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Drop mode: a file younger than this (last write) is not read yet, in case it is still being written.</summary>
    /// <value>Default 2 seconds.</value>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>HTTP: article pages fetched at every poll (conditional GET).</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>HTTP: RSS 2.0, Atom, sitemap or sitemap-index URLs whose items are fetched.</summary>
    public List<string> Index { get; set; } = [];

    /// <summary>HTTP: the <c>User-Agent</c> sent, whose first token is also the robots.txt product token.</summary>
    /// <value>Default <c>WireIngest/&lt;version&gt;</c>; add a contact URL for site owners.</value>
    public string UserAgent { get; set; } = Http.HttpSourceDefaults.UserAgent;

    /// <summary>HTTP: requests in flight at once to one host.</summary>
    /// <value>Default 2.</value>
    [Range(1, 64)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>HTTP: least time between the starts of two requests to one host (politeness).</summary>
    /// <value>Default 1 second.</value>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>HTTP: fetch what robots.txt disallows (only for feeds the operator has the right to read).</summary>
    /// <value>Default <c>false</c>.</value>
    public bool IgnoreRobots { get; set; }

    /// <summary>HTTP: time one request may take, body included, before it is abandoned (and retried).</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>HTTP: redirects followed for one URL; more is a failure.</summary>
    /// <value>Default 5.</value>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>HTTP: retries of a transient failure (5xx, 408, 429, timeout, connection refused).</summary>
    /// <value>Default 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>HTTP: first retry delay, doubled at each retry, with jitter; a <c>Retry-After</c> header wins.</summary>
    /// <value>Default 1 second.</value>
    [TimeSpanRange("00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>HTTP: how long a host's circuit stays open after most of its recent requests failed.</summary>
    /// <value>Default 30 seconds.</value>
    [TimeSpanRange("00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether this is an HTTP source.</summary>
    public bool IsHttp => string.Equals(Kind, SourceKinds.Http, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a folder source (scan or drop).</summary>
    public bool IsFolder => string.Equals(Kind, SourceKinds.Folder, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a folder source in drop mode, the one whose files move to <c>processed/</c> or <c>failed/</c>.</summary>
    public bool IsDropFolder => IsFolder && string.Equals(Mode, FolderModes.Drop, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name; when none is set, the folder's name, or the host of an HTTP source's first URL.</summary>
    public string DisplayName => !string.IsNullOrWhiteSpace(Name) ? Name
        : IsHttp ? HostOf(Index.Concat(Urls).FirstOrDefault())
        : System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(Path));

    private static string HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.Host : "http";
}
