namespace WireIngest.Core.Extraction.Html;

/// <summary>The attribute selector operators a compiled selector answers itself.</summary>
internal enum AttributeOperator
{
    /// <summary><c>[a]</c></summary>
    Present,

    /// <summary><c>[a=v]</c></summary>
    Equals,

    /// <summary><c>[a~=v]</c>: one of the whitespace-separated tokens.</summary>
    Token,

    /// <summary><c>[a*=v]</c></summary>
    Contains,

    /// <summary><c>[a^=v]</c></summary>
    StartsWith,

    /// <summary><c>[a$=v]</c></summary>
    EndsWith,
}
