using System.Buffers;
using System.Collections.Frozen;

namespace WireIngest.Core.Normalization;

/// <summary>
/// A line that is only the page's publication time (<c>Nov. 20, 2019, 9:28 AM UTC</c>, <c>28.04.2023 | 17:52 Uhr</c>,
/// <c>am 3. Februar 2022 um 21:17</c>, <c>2019年3月1日 13時16分</c>, <c>Updated: 2018-08-25 15:24</c>): page furniture the
/// extractor met beside the story text, never a sentence of it. Read token by token in one pass (no regex: the line is
/// asked of every page, and a pattern of repeated alternatives backtracks on long runs of numbers).
/// </summary>
internal static class DateStampLine
{
    // Longer lines carry words a stamp has not.
    private const int MaxLength = 60;

    // Longest word looked up (months, weekdays, labels): longer words are none of them.
    private const int MaxWord = 16;

    private static readonly SearchValues<char> Separators = SearchValues.Create(",./:|–—-[]()·•");

    // Words a stamp joins its parts with, and the pieces of "a.m."/"p.m." and ordinals ("20th", "1er").
    private static readonly FrozenSet<string> Joiners = FrozenSet.Create(StringComparer.Ordinal,
        "at", "à", "um", "am", "pm", "on", "le", "el", "de", "du", "uhr", "h", "a", "p", "m", "st", "nd", "rd", "th", "er");

    // Labels before the date ("Published", "Last updated", "mis à jour", "Publiziert17. Dezember").
    private static readonly FrozenSet<string> Labels = FrozenSet.Create(StringComparer.Ordinal,
        "published", "updated", "posted", "last", "date", "publiziert", "veröffentlicht", "aktualisiert", "stand",
        "publié", "publiée", "mis", "jour", "publicado", "actualizado", "pubblicato", "aggiornato");

    private static readonly FrozenSet<string> Weekdays = FrozenSet.Create(StringComparer.Ordinal,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
        "sábado", "domingo");

    /// <summary>Whether the line is only a publication date and time.</summary>
    public static bool Is(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().Trim();
        if (text.Length is 0 or > MaxLength || text.IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        // A label before a colon, in words without digits ("Updated:", "기사입력 :"), is not read.
        int colon = text.IndexOf(':');
        if (colon > 0 && text[..colon].IndexOfAnyInRange('0', '9') < 0 && text[..colon].Trim().Count(' ') <= 1)
        {
            text = text[(colon + 1)..];
        }

        int numbers = 0;
        bool year = false, month = false, time = false, digitSeen = false;
        Span<char> lower = stackalloc char[MaxWord];
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                numbers++;
                digitSeen = true;
                year |= i - start == 4 && text.Slice(start, 2) is "19" or "20";
                time |= i + 2 < text.Length && text[i] is ':' or '時' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]);
                continue;
            }

            if (char.IsWhiteSpace(c) || Separators.Contains(c))
            {
                i++;
                continue;
            }

            if (IsDateUnit(c))
            {
                month |= c == '月';
                i++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return false;
            }

            int wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]) && !IsDateUnit(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = text[wordStart..i];
            if (IsZone(word))
            {
                continue;
            }

            if (word.Length > MaxWord)
            {
                return false;
            }

            int length = word.ToLowerInvariant(lower);
            string folded = new(lower[..length]);
            if (MonthNames.Parse(folded) > 0)
            {
                month = true;
            }
            else if (!Joiners.Contains(folded) && !Weekdays.Contains(folded) && (digitSeen || !Labels.Contains(folded)))
            {
                return false;
            }
        }

        // A stamp dates something: a year with a day or a time ("19.11.2021", "Nov. 20, 2019"), or a time with a month.
        return (year && numbers >= 2) || (time && month);
    }

    /// <summary>Whether the word is a time zone or AM/PM in capitals ("UTC", "MYT", "PM"), as stamps print them.</summary>
    internal static bool IsZone(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 5 && !word.ContainsAnyExceptInRange('A', 'Z');

    // CJK date and time units ("2019年3月1日 13時16分"): letters to .NET, separators to a stamp.
    private static bool IsDateUnit(char c) => c is '年' or '月' or '日' or '時' or '分' or '秒';
}
