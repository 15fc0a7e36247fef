using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Reads story datelines: <c>BRUSSELS/KYIV, Nov 29 (Reuters) -</c>, <c>NEW YORK (AP) —</c>, <c>STOCKHOLM, Aug 29, 2014 (AFP) -</c>,
/// <c>Strasbourg, 10 juil 2024 (AFP) -</c>, and capitalised agency-less datelines with a date (<c>WASHINGTON, March 3 -</c>).
/// </summary>
public static partial class DatelineParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A month and day this far after the item date belong to the previous year (a Dec 31 story dated Jan 1).
    private static readonly TimeSpan YearRollover = TimeSpan.FromDays(183);

    // A dateline a few days ahead across New Year belongs to the next year (a Jan 1 story stamped Dec 31 UTC).
    private static readonly TimeSpan TimeZoneSlack = TimeSpan.FromDays(3);

    private const string DatePattern =
        @"(?:(?<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
        + $@"|(?<mon>(?i:{MonthNames.Pattern}))\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?"
        + $@"|(?<day>\d{{1,2}})(?:er|\.)?\s+(?<mon>(?i:{MonthNames.Pattern}))\.?(?:,?\s+(?<year>(?:19|20)\d\d))?)";

    // Longest head (places and date) before a bracketed source: the regex's bound and MayStartSourced's.
    private const int MaxSourcedHead = 120;

    // What ends the head of a sourced lead: its bracket or slash, or a bracket or line break it may not hold.
    private static readonly SearchValues<char> SourcedStops = SearchValues.Create("()/\n");

    // Place(s) and date before the source in brackets (or Ritzau's "/ritzau/"): "BRUSSELS/KYIV, Nov 29 (Reuters) -", EFE's "(EFE).-".
    // The head's bound is MaxSourcedHead.
    [GeneratedRegex(
        @"^(?<head>[^()\n]{0,120}?)\s*(?:\((?<source>[^()\n]{2,40})\)|/(?<source>\p{Ll}{2,20})/)\s*(?<dash>\.?(?:--?|[–—_])|:)?[ \t]*",
        Options)]
    private static partial Regex SourcedLead();

    // Source without brackets, or none: "WASHINGTON, March 3 - ", "SYDNEY March 22 AAP - ", "SAITAMA, Japan, Dec. 9 Kyodo - " (place in capitals and a date are required; the source must be an agency).
    [GeneratedRegex(
        $@"^(?<head>[^()\n]{{3,100}}?(?:,\s*|\s+){DatePattern})(?:\s+(?<source>\p{{Lu}}\p{{L}}{{1,7}}))?\s+(?<dash>\.?(?:--?|[–—]))\s*",
        Options)]
    private static partial Regex UnsourcedLead();

    [GeneratedRegex($@"^(?:(?<places>.*?)(?:,\s*|\s+))?(?<date>{DatePattern})$|^(?<places>.+)$", Options)]
    private static partial Regex Head();

    [GeneratedRegex($"^{DatePattern}$", Options)]
    private static partial Regex DateOnly();

    // The dashes that end an unsourced lead: hyphen, en dash, em dash.
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-–—");

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "le", "les", "el", "al", "of", "the", "upon", "on", "am", "an", "der", "sur", "en", "do", "da", "dos", "das",
    };

    /// <summary>Reads a dateline at the start of a story's first paragraph.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="itemDate">The item's own date, for the year of a dateline that has none.</param>
    /// <param name="dateline">The dateline found.</param>
    /// <param name="leadLength">Characters of <paramref name="paragraph"/> the dateline takes, dash and following space included.</param>
    /// <returns>Whether the paragraph starts with a dateline.</returns>
    public static bool TryParseLead(string paragraph, DateTimeOffset? itemDate, [NotNullWhen(true)] out Dateline? dateline, out int leadLength)
    {
        dateline = null;
        leadLength = 0;
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return false;
        }

        Match sourced = MayStartSourced(paragraph) ? SourcedLead().Match(paragraph) : Match.Empty;
        if (sourced.Success && TrySourceAgency(sourced.Groups["source"].Value, out string? agency))
        {
            string head = sourced.Groups["head"].Value.Trim().TrimEnd(',');
            bool dashOrSentence = sourced.Groups["dash"].Success || sourced.Index + sourced.Length == paragraph.Length;
            if (!dashOrSentence || !TryReadHead(head, requireCapitals: false, requireDate: false, itemDate, out IReadOnlyList<string> places, out string? date))
            {
                return false;
            }

            int end = sourced.Groups["source"].Index + sourced.Groups["source"].Length + 1;
            dateline = new Dateline(paragraph[..end].Trim(), places, date, agency);
            leadLength = sourced.Length;

            // ANSA puts the agency first: "(ANSA) - ROME, JUL 11 - …"; after it the place may be in mixed case ("Rome, October 11").
            if (head.Length == 0 && TryUnsourced(paragraph[leadLength..], itemDate, out Dateline? after, out int afterLength, placeInCapitals: false))
            {
                dateline = after with { Raw = paragraph[..(leadLength + after.Raw.Length)].Trim(), Agency = agency };
                leadLength += afterLength;
            }

            return true;
        }

        if (sourced.Success && TryOutletSourced(paragraph, sourced, itemDate, out dateline, out leadLength))
        {
            return true;
        }

        return TryUnsourced(paragraph, itemDate, out dateline, out leadLength) || TryPlaceOnly(paragraph, out dateline, out leadLength);
    }

    /// <summary>
    /// A capitals place before an outlet's call letters that name no agency: a broadcaster's own or shared story (<c>WASHINGTON
    /// (CNN) —</c>, <c>AUSTIN (KXAN) —</c>, <c>ST. LOUIS, MO (KTVI) –</c>). The place is read; the source stays in the raw
    /// dateline only, as an outlet is not the story's agency.
    /// </summary>
    private static bool TryOutletSourced(string paragraph, Match sourced, DateTimeOffset? itemDate, [NotNullWhen(true)] out Dateline? dateline, out int leadLength)
    {
        dateline = null;
        leadLength = 0;
        Group source = sourced.Groups["source"];
        string head = sourced.Groups["head"].Value.Trim().TrimEnd(',');
        if (!sourced.Groups["dash"].Success || head.Length == 0 || !CallLetters().IsMatch(source.Value)
            || !TryReadHead(head, requireCapitals: true, requireDate: false, itemDate, out IReadOnlyList<string> places, out string? date)
            || places.Count == 0)
        {
            return false;
        }

        dateline = new Dateline(paragraph[..(source.Index + source.Length + 1)].Trim(), places, date, null);
        leadLength = sourced.Length;
        return true;
    }

    /// <summary>
    /// A place alone before a spaced dash: the newspaper style (<c>WASHINGTON — The Senate</c>, <c>AUBURN, Wash. —</c>) and an
    /// agency lead whose syndicator dropped the bracketed source (<c>LONDON - Britain said</c>). With no date or agency to vouch
    /// for it, the city must be in capitals and be no label (<c>BREAKING —</c>, <c>FILE -</c>) or agency name, and a sentence
    /// (or nothing: a dateline set as a block of its own) must follow the dash.
    /// </summary>
    private static bool TryPlaceOnly(string paragraph, [NotNullWhen(true)] out Dateline? dateline, out int leadLength)
    {
        dateline = null;
        leadLength = 0;
        if (!MayStartUnsourced(paragraph))
        {
            return false;
        }

        Match lead = PlaceOnlyLead().Match(paragraph);
        if (!lead.Success)
        {
            return false;
        }

        string head = lead.Groups["head"].Value;
        foreach (string city in head.Split(',')[0].Split('/'))
        {
            if (NotAPlace.Contains(city) || AgencyNames.IsAgencyOrWire(city) || city.Count(char.IsLetter) < 2)
            {
                return false;
            }
        }

        if (!TryReadHead(head, requireCapitals: true, requireDate: false, itemDate: null, out IReadOnlyList<string> places, out _) || places.Count == 0)
        {
            return false;
        }

        dateline = new Dateline(head, places, null, null);
        leadLength = lead.Length;
        return true;
    }

    private static bool TryUnsourced(string paragraph, DateTimeOffset? itemDate, [NotNullWhen(true)] out Dateline? dateline, out int leadLength, bool placeInCapitals = true)
    {
        dateline = null;
        leadLength = 0;
        if (!MayStartUnsourced(paragraph))
        {
            return false;
        }

        Match unsourced = UnsourcedLead().Match(paragraph);
        if (!unsourced.Success)
        {
            return false;
        }

        string? agency = null;
        if (unsourced.Groups["source"].Success && !AgencyNames.TryCanonicalize(unsourced.Groups["source"].Value, out agency))
        {
            return false;
        }

        string head = unsourced.Groups["head"].Value.Trim();
        if (!TryReadHead(head, requireCapitals: placeInCapitals, requireDate: true, itemDate, out IReadOnlyList<string> places, out string? date) || places.Count == 0)
        {
            return false;
        }

        int end = unsourced.Groups["source"].Success ? unsourced.Groups["source"].Index + unsourced.Groups["source"].Length : unsourced.Groups["head"].Index + unsourced.Groups["head"].Length;
        dateline = new Dateline(paragraph[..end].Trim(), places, date, agency);
        leadLength = unsourced.Length;
        return true;
    }

    /// <summary>
    /// A necessary condition for <see cref="UnsourcedLead"/>, far cheaper than the regex: nothing it matches holds a round bracket,
    /// and it ends in white space, an optional full stop and a dash; so before the first bracket, white space must precede a dash.
    /// </summary>
    internal static bool MayStartUnsourced(ReadOnlySpan<char> text)
    {
        int bracket = text.IndexOfAny('(', ')');
        text = bracket < 0 ? text : text[..bracket];
        for (int from = 0, found; (found = text[from..].IndexOfAny(Dashes)) >= 0; from += found + 1)
        {
            int dash = from + found;
            int before = dash > 0 && text[dash - 1] == '.' ? dash - 2 : dash - 1;
            if (before >= 0 && char.IsWhiteSpace(text[before]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sourced lead regex can match: its bracket (or slash) must come before any other bracket and line break,
    /// after at most <see cref="MaxSourcedHead"/> characters and white space. Most story paragraphs fail this at once,
    /// so the regex (whose lazy head tries every length up to the limit) runs on few of them.
    /// </summary>
    internal static bool MayStartSourced(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAny(SourcedStops);
        return first >= 0 && text[first] != ')' && text[..first].TrimEnd().Length <= MaxSourcedHead;
    }

    /// <summary>Whether the sourced lead regex matches the text (for tests of <see cref="MayStartSourced"/>).</summary>
    internal static bool SourcedLeadMatches(string text) => SourcedLead().IsMatch(text);

    /// <summary>Whether the unsourced lead regex matches the text (for tests of <see cref="MayStartUnsourced"/>).</summary>
    internal static bool UnsourcedLeadMatches(string text) => UnsourcedLead().IsMatch(text);

    /// <summary>Parses a dateline the format carries on its own (NITF <c>&lt;dateline&gt;</c>: <c>NEW YORK</c>, <c>WASHINGTON, Jan. 5</c>, <c>SEOUL, South Korea (AP)</c>).</summary>
    /// <returns>The dateline, or <c>null</c> for text that names no place, date or agency (a G2 timestamp).</returns>
    public static Dateline? Parse(string raw, DateTimeOffset? itemDate)
    {
        string text = TextNormalizer.NormalizeInline(raw ?? string.Empty).TrimEnd('-', '–', '—', '_', ' ', ':');
        if (text.Length == 0)
        {
            return null;
        }

        string head = text;
        string? agency = null;
        Match sourced = SourcedLead().Match(text);
        if (sourced.Success && sourced.Length == text.Length)
        {
            head = sourced.Groups["head"].Value.Trim().TrimEnd(',');
            TrySourceAgency(sourced.Groups["source"].Value, out agency);
        }
        else if (TrailingAgency().Match(text) is { Success: true } trailing && AgencyNames.TryCanonicalize(trailing.Groups["source"].Value, out agency))
        {
            head = trailing.Groups["head"].Value.Trim().TrimEnd(',');
        }
        else if (LeadingAgency().Match(text) is { Success: true } leading && AgencyNames.FindAgency(leading.Groups["source"].Value) is { } first)
        {
            // ANSA's dateline element puts the agency first, as its lead does in brackets: "ANSA - ROMA, 01 LUG -".
            agency = first;
            head = leading.Groups["head"].Value.Trim().TrimEnd(',');
        }

        if (!TryReadHead(head, requireCapitals: false, requireDate: false, itemDate, out IReadOnlyList<string> places, out string? date))
        {
            places = [];
            date = null;
        }

        return places.Count == 0 && date is null && agency is null ? null : new Dateline(text, places, date, agency);
    }

    private static bool TrySourceAgency(string source, out string? agency)
    {
        agency = AgencyNames.FindAgency(source);
        return agency is not null || AgencyNames.IsAgencyOrWire(source);
    }

    private static bool TryReadHead(string head, bool requireCapitals, bool requireDate, DateTimeOffset? itemDate, out IReadOnlyList<string> places, out string? date)
    {
        places = [];
        date = null;
        if (head.Length == 0)
        {
            return !requireDate;
        }

        Match match = DateOnly().Match(head);
        if (!match.Success)
        {
            match = Head().Match(head);
        }

        Group dateGroup = match.Groups["date"];
        bool hasDate = match.Groups["mon"].Success || match.Groups["weekday"].Success;
        if (!match.Success || (requireDate && !hasDate))
        {
            return false;
        }

        string placeText = match.Groups["places"].Success ? match.Groups["places"].Value.Trim().TrimEnd(',') : string.Empty;
        if (placeText.Length > 0)
        {
            List<string>? read = ReadPlaces(placeText, requireCapitals);
            if (read is null)
            {
                return false;
            }

            places = read;
        }

        if (match.Groups["mon"].Success)
        {
            date = ResolveDate(match, itemDate);
        }

        return dateGroup.Success || placeText.Length > 0 || match.Groups["mon"].Success;
    }

    private static List<string>? ReadPlaces(string text, bool requireCapitals)
    {
        if (text.Length > 100)
        {
            return null;
        }

        var places = new List<string>();
        foreach (string place in text.Split('/'))
        {
            string[] parts = place.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length > 3 || parts.Any(p => !IsPlacePart(p)) || (requireCapitals && !NameCaser.IsAllCaps(parts[0])))
            {
                return null;
            }

            places.Add(string.Join(", ", parts.Select((p, i) => CasePlacePart(p, i))));
        }

        return places;
    }

    private static bool IsPlacePart(string part)
    {
        if (part.Length is 0 or > 40 || !char.IsUpper(part[0]))
        {
            return false;
        }

        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (!word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')
                || (!char.IsUpper(word[0]) && !Particles.Contains(word) && !word.StartsWith("al-", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // Country or state codes after the city ("LONDON, UK") stay in capitals; other capitalised parts are title-cased.
    private static string CasePlacePart(string part, int index) =>
        index > 0 && part.Length <= 3 && NameCaser.IsAllCaps(part) ? part : NameCaser.RecaseIfAllCaps(part);

    private static string? ResolveDate(Match match, DateTimeOffset? itemDate)
    {
        int month = MonthNames.Parse(match.Groups["mon"].Value);
        int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day is < 1 or > 31)
        {
            return null;
        }

        int year;
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (itemDate is { } item)
        {
            year = item.Year;
            if (!IsValid(year, month, day))
            {
                return null;
            }

            DateTime candidate = new(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            if (candidate - item.Date > YearRollover)
            {
                year--;
            }
            else if (IsValid(year + 1, month, day) && new DateTime(year + 1, month, day, 0, 0, 0, DateTimeKind.Unspecified) - item.Date <= TimeZoneSlack)
            {
                year++;
            }
        }
        else
        {
            return null;
        }

        return IsValid(year, month, day) ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    // An outlet's letters in a dateline's brackets: "CNN", "KXAN", "WABC".
    [GeneratedRegex(@"^\p{Lu}{2,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallLetters();

    // Capitals (a city, or several joined by slashes), up to two mixed-case parts after commas ("Wash.", "South Korea"), then a
    // spaced dash and the sentence's capital, quote or figure, or the paragraph's end.
    [GeneratedRegex(
        @"^(?<head>\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4}(?:,[ ]\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ]\p{L}[\p{L}\p{M}.'’-]*){0,2}){0,2})[ ]+(?:—|–|--?|_)(?:[ ]+(?=[\p{Lu}\p{N}""“‘'])|[ ]*$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PlaceOnlyLead();

    // Capitalised words that open a paragraph before a dash without being a place: labels of the story or of its picture.
    private static readonly FrozenSet<string> NotAPlace = new[]
    {
        "BREAKING", "BREAKING NEWS", "JUST IN", "DEVELOPING", "UPDATE", "UPDATED", "UPDATES", "LIVE", "LIVE UPDATES", "LATEST",
        "EXCLUSIVE", "WATCH", "LISTEN", "VIDEO", "PHOTO", "PHOTOS", "FILE", "FILE PHOTO", "OPINION", "ANALYSIS", "COMMENT",
        "COMMENTARY", "EDITORIAL", "REVIEW", "INTERVIEW", "FEATURE", "FACTBOX", "EXPLAINER", "NOTE", "EDITOR'S NOTE",
        "EDITORS' NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "ADVISORY", "ALERT", "URGENT", "FLASH", "BULLETIN",
        "SPONSORED", "ADVERTISEMENT", "WARNING", "SPOILER", "SPOILERS", "READ", "READ MORE", "MORE", "ALSO", "SEE ALSO",
        "RELATED", "TRANSCRIPT", "SUMMARY", "RECAP", "PREVIEW", "EMBARGOED", "EMBARGO", "DISCLAIMER", "FACT CHECK", "POLL",
        "QUIZ", "NEW", "NEWS", "TOP", "TRENDING", "SPECIAL", "FIRST", "TEXT", "NOTICE", "ATTENTION",
        // Broadcasters that sign their stories the same way ("CNN —"): the source, not the place.
        "CNN", "BBC", "BBC NEWS", "NPR", "ABC", "ABC NEWS", "CBS", "CBS NEWS", "NBC", "NBC NEWS", "FOX", "FOX NEWS", "PBS", "MSNBC",
        "CNBC", "ITV", "ITV NEWS", "SKY NEWS", "CBC", "CBC NEWS", "VOA", "RFI", "DW", "RT", "AL JAZEERA", "EURONEWS", "FRANCE 24",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "ANSA - ROMA, 01 LUG": a few words naming the agency, a spaced dash, then place and date.
    [GeneratedRegex(@"^(?<source>[^()\-–—]{2,40}?)\s+[-–—]\s+(?<head>.+)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingAgency();

    // "SYDNEY March 22 AAP": an agency in capitals without brackets at the end.
    [GeneratedRegex(@"^(?<head>.+?)\s+(?<source>\p{Lu}{2,8})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingAgency();
}
