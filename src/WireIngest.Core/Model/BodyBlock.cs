namespace WireIngest.Core.Model;

/// <summary>One block of an article body, in reading order.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Normalised text of the block (see <see cref="Normalization.TextNormalizer"/>).</param>
public sealed record BodyBlock(BodyBlockKind Kind, string Text)
{
    public static BodyBlock Paragraph(string text) => new(BodyBlockKind.Paragraph, text);
}

/// <summary>Kinds of body block; each maps to one HTML element in the sanitized body.</summary>
public enum BodyBlockKind
{
    /// <summary><c>&lt;p&gt;</c></summary>
    Paragraph,

    /// <summary><c>&lt;h2&gt;</c>: a subhead inside the story.</summary>
    Subhead,

    /// <summary><c>&lt;li&gt;</c> of an unordered list; consecutive items form one list.</summary>
    ListItem,

    /// <summary><c>&lt;li&gt;</c> of an ordered list; consecutive items form one list.</summary>
    OrderedListItem,

    /// <summary><c>&lt;blockquote&gt;</c></summary>
    Quote,
}
