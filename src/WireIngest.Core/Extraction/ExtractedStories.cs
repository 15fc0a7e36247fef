using System.Collections;
using System.Runtime.CompilerServices;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction;

/// <summary>
/// What an extractor read from one document: its stories in document order, and one reason per item that looked like a
/// story but was passed over (a feed item carrying only a summary, an item without text, an item the page reader
/// rejected), so that the caller reports each one instead of the document losing it without a word.
/// </summary>
[CollectionBuilder(typeof(ExtractedStories), nameof(Create))]
public sealed class ExtractedStories(IReadOnlyList<ExtractedArticle> stories, IReadOnlyList<string>? passedOver = null) : IReadOnlyList<ExtractedArticle>
{
    /// <summary>One line per item passed over (<c>item 2: …</c>), in document order; empty when every item became a story.</summary>
    public IReadOnlyList<string> PassedOver { get; } = passedOver ?? [];

    /// <inheritdoc/>
    public int Count => stories.Count;

    /// <inheritdoc/>
    public ExtractedArticle this[int index] => stories[index];

    /// <summary>Stories of a one-story document (<c>[article]</c>).</summary>
    public static ExtractedStories Create(ReadOnlySpan<ExtractedArticle> stories) => new([.. stories]);

    /// <inheritdoc/>
    public IEnumerator<ExtractedArticle> GetEnumerator() => stories.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
