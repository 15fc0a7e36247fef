using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// The copyright a document declares in its own fields: its notice lines, completed by the holder its metadata names
/// (G2 <c>copyrightHolder</c>, NITF <c>doc.copyright@holder</c>), which the notice often abbreviates (<c>dpa</c> for
/// <c>Deutsche Presse-Agentur GmbH</c>) or leaves out. Nothing is invented: a holder with no notice becomes a notice of that name only.
/// </summary>
internal static class ProviderCopyright
{
    /// <param name="lines">The document's copyright lines.</param>
    /// <param name="holder">The holder its metadata names, or <c>null</c>.</param>
    /// <param name="declared">The lines come from the provider's rights fields (a wire item), so a bare name is a notice; a page's
    /// lines were picked from its text by shape, where "Copyright Policy" is a footer link, not a notice.</param>
    public static List<CopyrightNotice> Read(IEnumerable<string> lines, string? holder, bool declared)
    {
        Func<string, CopyrightNotice?> parse = declared ? CopyrightParser.ParseDeclared : CopyrightParser.Parse;
        List<CopyrightNotice> notices = lines.Select(parse).OfType<CopyrightNotice>().ToList();
        string name = TextNormalizer.NormalizeInline(holder);
        if (name.Length == 0)
        {
            return notices;
        }

        // The declared holder is the holder as the provider spells it; a notice naming another party keeps its own.
        int index = notices.FindIndex(n => n.Holder is null || SameParty(n.Holder, name));
        if (index >= 0)
        {
            notices[index] = notices[index] with { Holder = name };
        }
        else if (notices.Count == 0)
        {
            notices.Add(new CopyrightNotice(name, name, null));
        }

        return notices;
    }

    private static bool SameParty(string a, string b) =>
        BylineParser.Fold(a) == BylineParser.Fold(b) || (AgencyNames.FindAgency(a) is { } agency && agency == AgencyNames.FindAgency(b));
}
