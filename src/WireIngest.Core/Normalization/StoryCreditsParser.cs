using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Reads end-of-story trailers such as <c>(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)</c>.
/// The whole paragraph must be made of roles, so ordinary sentences (<c>He was accompanied by …</c>) never match.
/// </summary>
public static partial class StoryCreditsParser
{
    private const int MaxTrailerLength = 600;

    /// <summary>Reads a trailer paragraph into its roles.</summary>
    /// <param name="paragraph">A paragraph, with or without the surrounding brackets.</param>
    /// <param name="credits">The roles, in order; empty when the paragraph is not a trailer.</param>
    /// <returns>Whether the paragraph is a trailer.</returns>
    public static bool TryParse(string paragraph, out IReadOnlyList<StoryCredit> credits)
    {
        credits = [];
        if (string.IsNullOrWhiteSpace(paragraph) || paragraph.Length > MaxTrailerLength)
        {
            return false;
        }

        string text = TextNormalizer.NormalizeInline(paragraph).TrimEnd('.', ' ');
        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            text = text[1..^1].Trim().TrimEnd('.', ' ');
        }

        // Every segment must open with a role phrase, which has "by": text without it is no trailer (and needs no split).
        if (!text.Contains("by", StringComparison.Ordinal))
        {
            return false;
        }

        // Roles start at the beginning, after ";", or after ", " / " and " when a role phrase follows ("…, editing by …").
        string[] segments = RoleBoundary().Split(text);
        var found = new List<StoryCredit>();
        foreach (string segment in segments)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            Match role = RolePhrase().Match(segment);
            if (!role.Success)
            {
                return false;
            }

            StoryCredit? credit = ReadRole(NormaliseRole(role.Groups["role"].Value), segment[role.Length..]);
            if (credit is null)
            {
                return false;
            }

            found.Add(credit);
        }

        if (found.Count == 0)
        {
            return false;
        }

        credits = found;
        return true;
    }

    private static StoryCredit? ReadRole(string role, string people)
    {
        var names = new List<string>();
        var places = new List<string>();
        foreach (string item in NameSeparator().Split(people))
        {
            string entry = item.Trim().Trim(',', '.', ' ');
            if (entry.Length == 0)
            {
                continue;
            }

            Match placed = InPlace().Match(entry);
            if (placed.Success)
            {
                entry = entry[..placed.Index].Trim();
                places.Add(placed.Groups["place"].Value.Trim());
            }

            // "… in London and Paris": a bare place joined to the previous one.
            if (entry.Length == 0 || !IsName(entry))
            {
                return null;
            }

            names.Add(entry);
        }

        return names.Count == 0 ? null : new StoryCredit(role, names, places);
    }

    // A name is a few capitalised words (particles allowed); anything else means this is prose.
    private static bool IsName(string entry)
    {
        string[] words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && char.IsUpper(words[0][0]) && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "der" or "da" or "di" or "al" or "bin" or "la" or "le" || w.StartsWith("al-", StringComparison.Ordinal));
    }

    private static string NormaliseRole(string phrase)
    {
        string role = string.Join(' ', phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return role switch
        {
            "reported" => "reporting",
            "written" => "writing",
            "edited" => "editing",
            "produced" => "production",
            "translated" => "translation",
            "compiled" or "compilation" => "compiled",
            "graphics" => "graphic",
            _ => role,
        };
    }

    private const string Roles =
        "(?:additional|further|extra)\\s+reporting|reporting\\s+and\\s+writing|writing\\s+and\\s+reporting|reporting|reported|writing|written|"
        + "editing|edited|compiled|compilation|graphics?|research|production|produced|translation|translated|fact-checking|"
        + "sub-editing|design|photography|photos|video|data|visuals";

    [GeneratedRegex("^(?<role>(?i:" + Roles + "))\\s+by\\s+", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RolePhrase();

    [GeneratedRegex("\\s*;\\s*|\\s*,\\s*(?=(?i:" + Roles + ")\\s+by\\b)|\\s+and\\s+(?=(?i:" + Roles + ")\\s+by\\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleBoundary();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+in\s+(?<place>\p{Lu}[\p{L}\p{M}'’.\- ]*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InPlace();
}
