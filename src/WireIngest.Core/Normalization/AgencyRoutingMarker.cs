using System.Text.RegularExpressions;

namespace WireIngest.Core.Normalization;

/// <summary>
/// The routing marker some agencies put before a headline (ANSA: <c>&gt;&gt;&gt;ANSA/Gazprom cuts …</c>): it names the agency and
/// is not headline text (Superdesk's ANSA parser drops it).
/// </summary>
internal static partial class AgencyRoutingMarker
{
    /// <summary>The marker at the start of <paramref name="headline"/>; its <c>agency</c> group names the agency. Fails when there is none.</summary>
    public static Match Match(string headline) => Pattern().Match(headline);

    [GeneratedRegex(@"^\s*>{2,}\s*(?<agency>\p{Lu}[\p{Lu}\p{Ll}-]{1,15})\s*/\s*(?=\S)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
