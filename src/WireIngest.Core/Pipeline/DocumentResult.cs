using WireIngest.Core.Model;

namespace WireIngest.Core.Pipeline;

/// <summary>What one document yielded: its articles, and the reasons any of its stories were rejected.</summary>
/// <param name="Format">The format the document was read as.</param>
/// <param name="Articles">Normalised stories, in document order.</param>
/// <param name="RejectedStories">
/// One line per story of a multi-story document that yielded nothing (the others still go through): the normaliser's
/// rejections (<c>story 2: …</c>), then the items the extractor passed over (<see cref="Extraction.ExtractedStories.PassedOver"/>).
/// </param>
public sealed record DocumentResult(string Format, IReadOnlyList<Article> Articles, IReadOnlyList<string> RejectedStories);
