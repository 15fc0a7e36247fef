using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>Documents that failed, with their error and origin; never retried on their own.</summary>
public interface IQuarantineStore
{
    /// <summary>Quarantines a document; returns its id.</summary>
    Task<long> AddAsync(string source, DocumentOrigin origin, string error, ReadOnlyMemory<byte>? content, string? contentType, CancellationToken cancellationToken = default);

    /// <summary>The latest entries, oldest of them first; replayed ones only when <paramref name="includeReplayed"/>.</summary>
    Task<IReadOnlyList<QuarantineEntry>> ListAsync(int limit, bool includeReplayed, CancellationToken cancellationToken = default);

    /// <summary>One entry, or <c>null</c>.</summary>
    Task<QuarantineEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks an entry replayed successfully.</summary>
    Task MarkReplayedAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Records the error of a replay that failed again.</summary>
    Task UpdateErrorAsync(long id, string error, CancellationToken cancellationToken = default);
}
