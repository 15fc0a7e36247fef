namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// What the <see cref="NameWords"/> said of one class, id, role or itemprop value: whether it is ASCII (0 not asked yet,
/// 1 yes, 2 no) and, one bit per <see cref="NameWords"/>, which were asked and which matched.
/// </summary>
internal struct NameValueAnswers
{
    public byte Ascii;
    public ulong Known;
    public ulong Matched;
}
