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
}
