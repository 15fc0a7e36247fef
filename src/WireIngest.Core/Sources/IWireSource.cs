namespace WireIngest.Core.Sources;

/// <summary>A place documents come from. One loop per source polls it; durability lives in the store, not here.</summary>
public interface IWireSource : IAsyncDisposable
{
    /// <summary>The source's name.</summary>
    string Name { get; }

    /// <summary>One pass: the documents that are ready and not yet handled (nor in flight).</summary>
    IAsyncEnumerable<SourceDocument> PollAsync(CancellationToken cancellationToken = default);

    /// <summary>Called after the document's outcome is committed: record it, move it, release it.</summary>
    Task CompleteAsync(SourceDocument document, DocumentOutcome outcome, CancellationToken cancellationToken = default);

    /// <summary>Called when the document could not be handled (the store failed): it is released to be found again by a later poll.</summary>
    void Abandon(SourceDocument document);

    /// <summary>Waits until the next poll is due (poll interval, or earlier when the source sees a change); <c>false</c> when stopped.</summary>
    ValueTask<bool> WaitForNextPollAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Why the last poll could not see everything (an index unreachable, a host's circuit open), though it handed out what it
    /// could; <c>null</c> when the last poll was complete. The worker marks the source failing while it is set.
    /// </summary>
    string? LastPollError { get; }

    /// <summary>Reaches the source once without ingesting anything (<c>wireingest sources check</c>).</summary>
    Task<SourceCheck> CheckAsync(CancellationToken cancellationToken = default);
}
