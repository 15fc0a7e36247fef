using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Core.Storage;

/// <summary>Where and how the SQLite store is opened (<c>WireIngest:Store</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Path of the database file; relative paths resolve against the working directory.</summary>
    /// <value>Default <c>data/wireingest.db</c>.</value>
    [Required]
    public string Path { get; set; } = StorageConstants.DefaultPath;

    /// <summary>How long a connection waits for another writer's lock before SQLite reports busy.</summary>
    /// <value>Default 5 seconds.</value>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = StorageConstants.DefaultBusyTimeout;

    /// <summary>
    /// <c>true</c>: <c>synchronous=FULL</c>, a commit survives power loss. <c>false</c>: <c>synchronous=NORMAL</c>, a commit
    /// survives a process crash but the last ones may roll back on power loss.
    /// </summary>
    /// <value>
    /// Default <c>true</c>: a drop-folder file moves to <c>processed/</c> right after its commit, so a commit lost to a power cut
    /// would lose the document; one WAL fsync per document is cheap next to parsing it.
    /// </value>
    public bool DurableCommits { get; set; } = true;

    /// <summary>How often a transient <c>SQLITE_BUSY</c> / <c>SQLITE_LOCKED</c> is retried.</summary>
    /// <value>Default 5.</value>
    [Range(0, 100)]
    public int BusyRetries { get; set; } = StorageConstants.DefaultBusyRetries;

    /// <summary>
    /// Days a published outbox message, a superseded article version and a drop folder's <c>processed/</c> file are kept; a
    /// daily pass (and one at start) removes older ones. Pending messages, current versions and <c>failed/</c> files stay.
    /// </summary>
    /// <value>Default 30.</value>
    [Range(1, 36_500)]
    public int RetentionDays { get; set; } = StorageConstants.DefaultRetentionDays;

    /// <summary>
    /// Largest size the database file may grow to, in MiB (SQLite <c>max_page_count</c> on every connection); a write beyond it
    /// fails like a full disk: rolled back, the document left for a later poll. <c>null</c>: no cap but the disk's.
    /// </summary>
    /// <value>Default <c>null</c>.</value>
    [Range(1, 16_777_216)]
    public int? MaxSizeMegabytes { get; set; }
}
