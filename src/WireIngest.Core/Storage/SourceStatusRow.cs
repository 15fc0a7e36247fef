namespace WireIngest.Core.Storage;

/// <summary>A <c>source_status</c> row as Dapper reads it (times as stored text).</summary>
internal sealed class SourceStatusRow
{
    public const string Columns =
        "source AS Source, last_poll_at AS LastPollAt, last_success_at AS LastSuccessAt, seen AS Seen, new_articles AS New, updated AS Updated, " +
        "duplicate AS Duplicate, stale AS Stale, failed AS Failed, last_error AS LastError, last_error_at AS LastErrorAt";

    public string Source { get; set; } = string.Empty;

    public string LastPollAt { get; set; } = string.Empty;

    public string? LastSuccessAt { get; set; }

    public long Seen { get; set; }

    public long New { get; set; }

    public long Updated { get; set; }

    public long Duplicate { get; set; }

    public long Stale { get; set; }

    public long Failed { get; set; }

    public string? LastError { get; set; }

    public string? LastErrorAt { get; set; }

    public SourceStatus ToStatus() => new(
        Source, StoreTime.Read(LastPollAt), StoreTime.ReadNullable(LastSuccessAt), Seen, New, Updated, Duplicate, Stale, Failed, LastError, StoreTime.ReadNullable(LastErrorAt));
}
