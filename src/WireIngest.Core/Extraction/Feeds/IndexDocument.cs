namespace WireIngest.Core.Extraction.Feeds;

/// <summary>An index read as far as it could be: its usable entries, and one line per entry (or tail) that was not.</summary>
internal sealed record IndexDocument(IndexKind Kind, IReadOnlyList<IndexEntry> Entries, IReadOnlyList<string> Errors);
