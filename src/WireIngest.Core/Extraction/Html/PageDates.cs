using System.Globalization;
using System.Text.RegularExpressions;
using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Reads the timestamp forms pages print in their metadata and <c>time</c> elements: ISO 8601 and RFC 1123 (what
/// <see cref="WireDates"/> reads, offsets without a colon too), English month names (<c>December 1, 2016</c>), the
/// day-first dotted dates of European sites (<c>10.12.2022, 07:00:03</c>) and Java's <c>Date.toString</c>
/// (<c>Fri Apr 28 19:20:36 CEST 2023</c>). A value without a zone is taken as UTC.
/// </summary>
internal static partial class PageDates
{
    // Zone abbreviations Java and CMS templates print, where the abbreviation names one offset only.
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["MEZ"] = TimeSpan.FromHours(1), ["MESZ"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["WET"] = TimeSpan.Zero, ["WEST"] = TimeSpan.FromHours(1),
        ["BST"] = TimeSpan.FromHours(1), ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
    };

    /// <summary>The timestamp <paramref name="value"/> shows, or <c>null</c> when it is none of the forms read.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80)
        {
            return null;
        }

        string text = value.Trim();
        // Dotted dates first: the invariant culture reads 10.12.2022 month first, and no site writes dates that way.
        if (DayFirst().Match(text) is { Success: true } dotted)
        {
            return FromParts(dotted, TimeSpan.Zero);
        }

        if (JavaDate().Match(text) is { Success: true } java)
        {
            return FromParts(java, Zones.GetValueOrDefault(java.Groups["zone"].Value));
        }

        // Most pages write ISO 8601 with dashes, which one general parse reads; WireDates tries its compact formats first.
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset iso))
        {
            return iso;
        }

        return WireDates.Parse(text);
    }

    // A date of the named groups year, month (number or English abbreviation), day and the optional hour, minute, second.
    private static DateTimeOffset? FromParts(Match match, TimeSpan offset)
    {
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        string month = match.Groups["month"].Value;
        int year = Part("year");
        return year is < 1900 or > 2999
            ? null
            : WireDates.FromParts(
                year,
                char.IsAsciiDigit(month[0]) ? Part("month") : DateTime.ParseExact(month, "MMM", CultureInfo.InvariantCulture).Month,
                Part("day"),
                Part("hour"),
                Part("minute"),
                Part("second"),
                offset);
    }

    // 10.12.2022 | 10.12.2022, 07:00:03 | 1.2.2023 17:52
    [GeneratedRegex(@"^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // Fri Apr 28 19:20:36 CEST 2023
    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<day>\d{1,2}) (?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2}) (?<zone>[A-Z]{1,5}) (?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex JavaDate();
}
