using WireIngest.Core.Extraction.Feeds;

namespace WireIngest.Core.Sources.Http;

/// <summary>A URL to look at in a poll: a configured page, or an index item with the index it came from.</summary>
internal sealed record HttpCandidate(string Link, IndexEntry? Entry, IndexPoll? Index);
