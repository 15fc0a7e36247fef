namespace WireIngest.Core.Normalization;

/// <summary>Which headline tags <see cref="HeadlineTagger"/> strips beyond the confirmed ones.</summary>
public sealed class HeadlineTagOptions
{
    /// <summary>Also strip tags whose spelling is not confirmed (<c>RPT</c>, <c>EXCLUSIVE</c>, <c>BREAKINGVIEWS</c>).</summary>
    /// <value>Default <c>false</c>.</value>
    public bool EnableUnconfirmedTags { get; set; }

    /// <summary>Further tags to strip, matched like the built-in ones (case-insensitive word, then a dash or colon).</summary>
    /// <value>Empty by default.</value>
    public IList<string> AdditionalTags { get; } = [];
}
