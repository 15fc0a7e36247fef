using System.Buffers;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Every word of the <see cref="NameWords"/> cached so far (<see cref="Owners"/>, one bit each), in one search: most
/// class and id values hold none of them, and one search then answers every owner at once.
/// </summary>
internal sealed class NameWordsUnion(IEnumerable<string> words, ulong owners)
{
    /// <summary>The words, ignoring case.</summary>
    public SearchValues<string> Words { get; } = SearchValues.Create([.. words.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

    /// <summary>The bits of the <see cref="NameWords"/> whose words are all in <see cref="Words"/>.</summary>
    public ulong Owners { get; } = owners;
}
