using System.Text.RegularExpressions;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Strips agency status tags from the front of a headline (<c>UPDATE 2-INTERVIEW-…</c>, <c>CORRECTED-…</c>) and a take marker
/// from its end (<c>=2</c>), and an agency routing marker (<c>&gt;&gt;&gt;ANSA/</c>, recorded as <c>&gt;&gt;&gt;ANSA</c>). Only an allow-list is stripped: topic prefixes such as <c>PRECIOUS-</c> or <c>Soccer-</c> stay.
/// </summary>
public sealed partial class HeadlineTagger
{
    // Confirmed or partly confirmed forms (wire-domain §1.1); UPDATE and WRAPUP carry a number.
    private static readonly string[] ConfirmedTags = ["UPDATE", "WRAPUP", "CORRECTED", "REFILE", "REPEAT", "ANALYSIS", "FACTBOX", "INSTANT VIEW", "INTERVIEW", "TEXT"];

    // Spelling not confirmed: only on request.
    private static readonly string[] UnconfirmedTags = ["RPT", "EXCLUSIVE", "BREAKINGVIEWS"];

    private readonly Regex leadingTag;

    /// <summary>Creates a tagger.</summary>
    /// <param name="options">Which tags to strip; <c>null</c> for the confirmed ones only.</param>
    public HeadlineTagger(HeadlineTagOptions? options = null)
    {
        options ??= new HeadlineTagOptions();
        IEnumerable<string> tags = ConfirmedTags.Concat(options.AdditionalTags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));
        if (options.EnableUnconfirmedTags)
        {
            tags = tags.Concat(UnconfirmedTags);
        }

        string alternation = string.Join('|', tags.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).Select(t => Regex.Escape(t).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

        // A tag is a whole word, an optional number, then a dash or colon; what follows must not continue a lower-case word ("Text-based").
        leadingTag = new Regex(
            $@"^(?<tag>(?i:{alternation}))(?:\s*(?<number>\d{{1,2}}))?\s*(?:-|–|:)\s*(?=[^\p{{Ll}}])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>Removes tags from the headline; a headline that is nothing but tags is returned as it is, without tags.</summary>
    public HeadlineTagResult Strip(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        string rest = headline.Trim();
        var tags = new List<string>();

        Match marker = AgencyRoutingMarker.Match(rest);
        if (marker.Success)
        {
            tags.Add(">>>" + marker.Groups["agency"].Value);
            rest = rest[marker.Length..];
        }

        Match match;
        while ((match = leadingTag.Match(rest)).Success && match.Length < rest.Length)
        {
            string tag = string.Join(' ', match.Groups["tag"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
            tags.Add(match.Groups["number"].Success ? $"{tag} {match.Groups["number"].Value}" : tag);
            rest = rest[match.Length..];
        }

        Match take = TakeMarker().Match(rest);
        if (take.Success && take.Index > 0)
        {
            tags.Add("=" + take.Groups["take"].Value);
            rest = rest[..take.Index];
        }

        rest = rest.Trim();
        return rest.Length == 0 ? new HeadlineTagResult(headline.Trim(), []) : new HeadlineTagResult(rest, tags);
    }

    [GeneratedRegex(@"\s*=\s*(?<take>\d{1,2})\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TakeMarker();
}
