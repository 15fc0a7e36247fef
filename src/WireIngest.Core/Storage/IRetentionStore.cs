namespace WireIngest.Core.Storage;

/// <summary>Removes what the store no longer needs once it is older than the retention period.</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Deletes published outbox rows published before <paramref name="cutoff"/> and article versions stored before it that a
    /// later version superseded (a version's provider time does not count); the current version of an article and every
    /// pending message stay.
    /// </summary>
    Task<PrunedRows> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
