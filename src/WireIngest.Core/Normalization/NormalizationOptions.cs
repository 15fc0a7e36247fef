namespace WireIngest.Core.Normalization;

/// <summary>Options of <see cref="ArticleNormalizer"/>.</summary>
public sealed class NormalizationOptions
{
    /// <summary>Which headline tags to strip.</summary>
    /// <value>Confirmed tags only by default.</value>
    public HeadlineTagOptions HeadlineTags { get; set; } = new();
}
