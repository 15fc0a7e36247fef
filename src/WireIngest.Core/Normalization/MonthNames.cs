namespace WireIngest.Core.Normalization;

/// <summary>Month names and abbreviations used in datelines: English (Reuters/AP style), French, Spanish, German, Italian, Portuguese.</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>
    /// Regex alternation of every month word, longest first (so <c>Sept</c> is tried before <c>Sep</c>). Written out so that the
    /// patterns built on it are compile-time constants the regex source generator can compile (the native build would otherwise
    /// interpret them); a test holds it equal to the words below.
    /// </summary>
    public const string Pattern =
        "septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre"
        + "|dezember|dezembro|dicembre|décembre|febbraio|february|november|novembre|novembro|setembro|febrero|februar|fevrier|février|gennaio|janeiro|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|agosto|aprile|august|giugno|januar|luglio|maggio|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|marzo|março|aout|août|fevr|févr|janv|juil"
        + "|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|abr|ago|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|fév|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mär|nov|oct|okt|ott|sep|set";

    /// <summary>Every month word, for the test that holds <see cref="Pattern"/> to them.</summary>
    internal static IEnumerable<string> Words => Months.Keys;

    /// <summary>Month number (1–12) of a month word, or 0.</summary>
    public static int Parse(string word) => Months.TryGetValue(word.TrimEnd('.').ToLowerInvariant(), out int month) ? month : 0;

    /// <summary>Whether the text is only a date such as <c>MAR 04</c>, <c>4 March 2019</c> or <c>Jan. 5, 2015</c>.</summary>
    public static bool IsDate(string text)
    {
        string[] words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 3
            && words.Count(w => Parse(w) > 0) == 1
            && words.All(w => Parse(w) > 0 || w.All(char.IsAsciiDigit));
    }

    private static Dictionary<string, int> Build()
    {
        string[][] byMonth =
        [
            ["jan", "january", "janvier", "janv", "enero", "ene", "januar", "gennaio", "gen", "janeiro"],
            ["feb", "february", "février", "fevrier", "févr", "fevr", "fév", "febrero", "februar", "febbraio", "fevereiro", "fev"],
            ["mar", "march", "mars", "marzo", "märz", "maerz", "mär", "março"],
            ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio"],
            ["jun", "june", "juin", "junio", "juni", "giugno", "giu", "junho"],
            ["jul", "july", "juillet", "juil", "julio", "juli", "luglio", "lug", "julho"],
            ["aug", "august", "août", "aout", "agosto", "ago"],
            ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["oct", "october", "octobre", "octubre", "oktober", "okt", "ottobre", "ott", "outubro"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "décembre", "decembre", "déc", "diciembre", "dic", "dezember", "dez", "dicembre", "dezembro"],
        ];

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < byMonth.Length; i++)
        {
            foreach (string word in byMonth[i])
            {
                months[word] = i + 1;
            }
        }

        return months;
    }
}
