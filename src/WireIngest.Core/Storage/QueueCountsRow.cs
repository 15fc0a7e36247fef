namespace WireIngest.Core.Storage;

/// <summary>The outbox and quarantine counts <c>status</c> reads in one statement (a class: Dapper.AOT reads columns by name).</summary>
internal sealed class QueueCountsRow
{
    public long Pending { get; set; }

    public long Rejected { get; set; }

    public string? Oldest { get; set; }

    public long Quarantined { get; set; }
}
