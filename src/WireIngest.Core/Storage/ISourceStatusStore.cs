namespace WireIngest.Core.Storage;

/// <summary>Per source status kept across runs, and the store-wide counts <c>wireingest status</c> reports.</summary>
public interface ISourceStatusStore
{
    /// <summary>Records a finished poll: adds its counts and sets the last poll, success or error time.</summary>
    Task RecordAsync(SourcePoll poll, CancellationToken cancellationToken = default);

    /// <summary>Adds counts to a source already recorded, leaving its poll times and error (documents ingested after its last poll).</summary>
    Task AddCountsAsync(SourcePoll counts, CancellationToken cancellationToken = default);

    /// <summary>Reads every source's status with the outbox and quarantine counts, in one read transaction.</summary>
    Task<StoreStatus> ReadAsync(CancellationToken cancellationToken = default);
}
