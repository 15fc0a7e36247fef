using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>A story body after chrome removal, with what was taken out of it.</summary>
/// <param name="Blocks">Remaining blocks, normalised.</param>
/// <param name="Byline">The byline: the draft's, or one read from a leading <c>By …</c> paragraph.</param>
/// <param name="CopyrightLines">Copyright paragraphs moved out of the body.</param>
/// <param name="Credits">The end-of-story trailer's roles.</param>
internal sealed record CleanedBody(IReadOnlyList<BodyBlock> Blocks, Byline? Byline, IReadOnlyList<string> CopyrightLines, IReadOnlyList<StoryCredit> Credits);
