using System.Globalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>Reads the timestamp forms of wire metadata: ISO 8601 (G2, JSON) and the compact ISO form of NITF and NewsML 1.2.</summary>
internal static class WireDates
{
    private static readonly string[] CompactFormats =
    [
        "yyyyMMdd'T'HHmmsszzz", "yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmzzz", "yyyyMMdd'T'HHmm", "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <summary>The parsed timestamp; a value without a zone is taken as UTC (wire systems run on UTC). <c>null</c> when unreadable.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string text = value.Trim();

        // "+0000" offsets (no colon) are what DateTimeOffset's zzz does not read.
        if (text.Length > 5 && (text[^5] is '+' or '-') && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, CompactFormats, CultureInfo.InvariantCulture, Styles, out DateTimeOffset exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out DateTimeOffset parsed) ? parsed : null;
    }

    /// <summary>The time the parts name, or <c>null</c> when they name none (month 13, 30 February, 25 o'clock).</summary>
    public static DateTimeOffset? FromParts(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour is >= 0 and < 24 && minute is >= 0 and < 60 && second is >= 0 and < 60
            ? new DateTimeOffset(year, month, day, hour, minute, second, offset)
            : null;
}
