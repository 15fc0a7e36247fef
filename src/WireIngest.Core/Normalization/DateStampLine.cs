using System.Text.RegularExpressions;

namespace WireIngest.Core.Normalization;

/// <summary>
/// A line that is only the page's publication time (<c>Nov. 20, 2019, 9:28 AM UTC</c>, <c>28.04.2023 | 17:52 Uhr</c>,
/// <c>am 3. Februar 2022 um 21:17</c>, <c>2019年3月1日 13時16分</c>, <c>Updated: 2018-08-25 15:24</c>): page furniture the
/// extractor met beside the story text, never a sentence of it.
/// </summary>
internal static class DateStampLine
{
    // Longer lines carry words a stamp has not.
    private const int MaxLength = 60;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Only stamp tokens, after an optional label ("Published", "Updated:", "Publiziert", any one or two words before a colon):
    // numbers, month and weekday names, times, time zones in capitals, the small words joining them, CJK date units, separators.
    private static readonly Regex Stamp = new(
        @"^\s*(?:(?:published|updated|last\s+updated|posted|publiziert|veröffentlicht|aktualisiert|publié|publiée|mis\s+à\s+jour|publicado|actualizado|date)(?=[\d\s:]|$)\s*:?"
        + @"|\p{L}+(?:\s\p{L}+)?\s*:)?\s*"
        + $@"(?:(?:\d{{1,4}}(?:st|nd|rd|th|er)?|(?:{MonthNames.Pattern})|{Weekdays}|[ap]\.?m\.?|uhr|h|at|à|um|am|on|le|el|de|du|(?-i:\p{{Lu}}{{2,5}})|[年月日時分秒]|[,./:|–—\-\[\]()])\s*)+$",
        Options);

    // A stamp dates something: a year with a day or a time ("19.11.2021", "Nov. 20, 2019"), or a time with a month.
    private static readonly Regex Year = new(@"(?<!\d)(?:19|20)\d\d(?!\d)", Options);

    private static readonly Regex Time = new(@"(?<!\d)\d{1,2}[:h時]\d\d(?!\d)", Options);

    private static readonly Regex Number = new(@"\d+", Options);

    private static readonly Regex Month = new($@"(?<!\p{{L}})(?:{MonthNames.Pattern})(?!\p{{L}})", Options);

    private const string Weekdays =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
        + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo";

    /// <summary>Whether the line is only a publication date and time.</summary>
    public static bool Is(string line)
    {
        if (line.Length is 0 or > MaxLength || !line.Any(char.IsAsciiDigit) || !Stamp.IsMatch(line))
        {
            return false;
        }

        int numbers = Number.Count(line);
        return (Year.IsMatch(line) && numbers >= 2) || (Time.IsMatch(line) && Month.IsMatch(line));
    }
}
