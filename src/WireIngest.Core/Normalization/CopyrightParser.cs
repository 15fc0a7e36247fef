using System.Globalization;
using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Parses copyright lines (<c>© Thomson Reuters 2024.</c>, <c>Copyright 2015 The Associated Press. All rights reserved.</c>,
/// <c>(c) Copyright Opta Sports Data 2018</c>) into holder and year. The holder is read from the line, never assumed.
/// </summary>
public static partial class CopyrightParser
{
    private const int MaxNoticeLength = 400;

    private const int MaxBareNameLength = 80;

    private const int MaxBareNameWords = 8;

    // Abbreviations whose full stop belongs to the holder's name.
    private static readonly HashSet<string> KeptAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Ltd", "Co", "Corp", "Bhd", "Plc", "LLC", "AG", "SA", "S.A", "B.V", "N.V", "GmbH", "Pty", "Pte", "Ltda", "K.K", "Cia", "LLP", "Co.,Ltd",
    };

    /// <summary>Parses a copyright line; <c>null</c> when the text is not a copyright notice.</summary>
    public static CopyrightNotice? Parse(string line)
    {
        if (!LooksLikeCopyright(line))
        {
            return null;
        }

        string raw = TextNormalizer.NormalizeInline(line);

        // The notice proper ends where boilerplate starts ("All rights reserved", "Click For Restrictions", a URL).
        string notice = Boilerplate().Split(raw)[0];
        int? year = null;
        foreach (Match m in Years().Matches(notice))
        {
            int y = int.Parse(m.Groups["last"].Success ? m.Groups["last"].Value : m.Groups["first"].Value, CultureInfo.InvariantCulture);
            year = year is null ? y : Math.Max(year.Value, y);
        }

        string holder = Years().Replace(notice, " ");
        holder = Marks().Replace(holder, " ");

        // "dpa (www.dpa.de)": the boilerplate cut can leave a bracket open.
        holder = Brackets().Replace(holder, " ");

        // Not names: a document id ("dpa-infocom, dpa:240516-99-53606/3") and a script's date ("© 1996-Thu Dec 15 06:14:35 EST 2016").
        holder = DocumentId().Replace(holder, " ");
        holder = ScriptDate().Replace(holder, " ");
        holder = TextNormalizer.NormalizeInline(holder);
        holder = CutAtSentenceEnd(holder).Trim(' ', ',', ';', ':', '-', '–', '—', '|', '/');
        holder = CutAfterCompanyForm(holder);
        holder = LeadingNumber().Replace(holder, string.Empty); // "© 0 Reuters": a page script's year left at zero.
        holder = TrimFinalStop(holder);
        return new CopyrightNotice(raw, holder.Length == 0 ? null : holder, year);
    }

    /// <summary>
    /// Parses a line the provider declared as its copyright notice (G2 <c>copyrightNotice</c>, NewsML 1.2 <c>CopyrightLine</c>):
    /// a notice as <see cref="Parse"/> reads it; where a provider writes only a name (<c>Belga</c>), that name as the holder; and a bare
    /// <c>Copyright</c> as a notice without holder.
    /// </summary>
    /// <returns>The notice, or <c>null</c> for a blank line or one that is neither a notice nor a short name.</returns>
    public static CopyrightNotice? ParseDeclared(string line)
    {
        if (Parse(line) is { } notice)
        {
            return notice;
        }

        string name = TextNormalizer.NormalizeInline(line);
        if (name.Length > 0 && Marks().Replace(name, " ").Trim(' ', '.', ',', ':').Length == 0)
        {
            // "Copyright" alone: a notice that names no holder (the document's declared holder may complete it).
            return new CopyrightNotice(name, null, null);
        }

        return IsBareName(name) ? new CopyrightNotice(name, TrimFinalStop(name), null) : null;
    }

    /// <summary>Whether a short line is a copyright notice (used to find footer lines).</summary>
    public static bool LooksLikeCopyright(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxNoticeLength)
        {
            return false;
        }

        string t = text.Trim();
        if (Symbol().IsMatch(t))
        {
            return true;
        }

        // The word alone is common in prose ("Copyright law …"): it needs a year or a rights formula.
        return CopyrightWord().IsMatch(t);
    }

    /// <summary>Whether the notice's holder is a news agency (<c>Thomson Reuters</c>, <c>The Associated Press</c>, <c>AFP</c>).</summary>
    public static bool IsAgencyNotice(CopyrightNotice notice) =>
        notice?.Holder is { } holder && AgencyNames.FindAgency(holder) is not null;

    // A holder's name alone: a few words with a letter, no figures and no sentence inside ("Belga", "Automated Insights").
    private static bool IsBareName(string text) =>
        text.Length is > 0 and <= MaxBareNameLength && text.Any(char.IsLetter) && !text.Any(char.IsDigit)
        && text.Split(' ').Length <= MaxBareNameWords && !SentenceEnd().IsMatch(text) && text.IndexOfAny(['!', '?', ':', ';']) < 0;

    private static string CutAtSentenceEnd(string holder)
    {
        foreach (Match m in SentenceEnd().Matches(holder))
        {
            string before = holder[..m.Index].TrimEnd();
            string lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (!KeptAbbreviations.Contains(lastWord) && lastWord.Length > 1)
            {
                return before;
            }
        }

        return holder;
    }

    // A company's legal form ends its name; figures after it are its address ("Future US, Inc. 11 West 42nd Street", "Raw
    // Story Media, Inc. PO Box 21050").
    private static string CutAfterCompanyForm(string holder)
    {
        string[] words = holder.Split(' ');
        for (int i = 0; i < words.Length - 1; i++)
        {
            if (KeptAbbreviations.Contains(words[i].TrimEnd('.', ',')) && HasFigure(words.AsSpan(i + 1)))
            {
                return string.Join(' ', words, 0, i + 1).TrimEnd(',');
            }
        }

        return holder;
    }

    private static bool HasFigure(ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (word.Any(char.IsAsciiDigit))
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimFinalStop(string holder)
    {
        if (!holder.EndsWith('.'))
        {
            return holder;
        }

        string lastWord = holder[(holder.LastIndexOf(' ') + 1)..].TrimEnd('.');
        return KeptAbbreviations.Contains(lastWord) || lastWord.Length == 1 ? holder : holder.TrimEnd('.').TrimEnd();
    }

    // ©, (c) or "Copyright ©" near the start, after at most a few words ("All content ©").
    [GeneratedRegex(@"^(?:[\p{L}]+\s+){0,3}(?:©|\(c\)|&copy;)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^(?:[\p{L}]+\s+){0,3}copyright\b.*?(?:\b(?:19|20)\d\d\b|all\s+rights\s+reserved)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightWord();

    // Also a footer's row of links read as one line after the notice ("© 2016 Microsoft Privacy Legal About our Ads"):
    // their labels are capitalised and follow a holder's word (a holder may start with one: "© 2024 Legal Aid Society").
    [GeneratedRegex(@"(?:\ball\s+rights\s+reserved|\bclick\s+for\s+restrictions|,?\s*\bunless\s+otherwise|\bfull\s+statement|\bthis\s+material\b|\bhttps?://|\bwww\.|\s[-–—|]\s|(?<=\p{L}[.,]{0,2})\s(?-i:Privacy|Terms\s+(?:of\s+(?:[Uu]se|[Ss]ervice)|(?:&|and)\s+Conditions)|Cookies|Legal|Imprint|Impressum|Datenschutz|Sitemap|Feedback|Help|Contact(?:\s+[Uu]s)?|About\s+(?:[Uu]s|[Oo]ur))\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\b(?<first>(?:19|20)\d\d)(?:\s*[-–/]\s*(?<last>(?:19|20)\d\d))?\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Years();

    [GeneratedRegex(@"^(?:[\p{L}]+\s+){1,3}?(?=©|\(c\)|copyright)|©|\(c\)|&copy;|\bcopyright\b|\bby\b(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marks();

    [GeneratedRegex(@"\([^()]*\)?|\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@",?\s*\b\p{L}{2,12}:\d[\d\-/]*", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentId();

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\p{L}{3}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Lu}{2,5})?", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDate();

    [GeneratedRegex(@"^0\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
