namespace WireIngest.Core.Storage;

/// <summary>The outcome of saving one article.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="ArticleId">The id of the article the item belongs to (after update linking).</param>
/// <param name="Version">The article's current version after the save.</param>
/// <param name="MessageId">The id of the message queued in the outbox, or <c>null</c> when none was (duplicate, stale).</param>
/// <param name="Agency">The story's agency when known; carried so log events about the article can name it.</param>
public sealed record SaveResult(SaveOutcome Outcome, string ArticleId, int Version, string? MessageId, string? Agency = null);
