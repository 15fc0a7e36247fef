namespace WireIngest.Core.Storage;

/// <summary>What one retention pass removed from the store.</summary>
/// <param name="PublishedMessages">Published outbox rows.</param>
/// <param name="SupersededVersions">Article versions that were no longer current.</param>
public sealed record PrunedRows(int PublishedMessages, int SupersededVersions);
