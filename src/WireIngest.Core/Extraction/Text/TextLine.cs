namespace WireIngest.Core.Extraction.Text;

/// <summary>A non-empty line of a text dump, normalised, with whether a blank line came before it.</summary>
/// <param name="Text">Normalised text.</param>
/// <param name="Index">Position among the non-empty lines.</param>
/// <param name="AfterBlank">A blank line (or the start of the file) precedes it: it opens a block.</param>
internal readonly record struct TextLine(string Text, int Index, bool AfterBlank);
