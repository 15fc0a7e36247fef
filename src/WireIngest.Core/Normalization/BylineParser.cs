using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Parses bylines (<c>By John Irish and Tom Balmforth</c>, <c>By BERNARD CONDON, AP Business Writer</c>, <c>By NEWS WIRES</c>)
/// into people and the agency, dropping titles, outlets and scraping junk.
/// </summary>
public static partial class BylineParser
{
    // Nouns that end a job title after a name ("AP Business Writer", "Staff Correspondent").
    private static readonly HashSet<string> TitleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "writers", "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "columnist", "contributor",
        "producer", "photographer", "analyst", "chief", "staff", "critic", "commentator", "journalist", "intern",
    };

    // Words that may precede a title noun inside the title.
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "senior", "chief", "bureau", "business", "political", "politics", "sport", "sports", "science", "medical", "health", "economics",
        "economic", "diplomatic", "special", "foreign", "national", "legal", "technology", "investigative", "religion", "entertainment",
        "energy", "environment", "environmental", "education", "congressional", "white", "house", "court", "markets", "finance",
        "financial", "global", "associate", "deputy", "managing", "contributing", "executive", "international", "world", "regional",
        "local", "metro", "food", "travel", "music", "film", "arts", "culture", "climate", "aviation", "auto", "autos", "defense",
        "defence", "security", "tech", "digital", "data", "video", "visual", "graphics", "opinion", "news", "breaking", "general",
        "assignment", "the", "of", "and", "for",
    };

    // Words that make a byline part an organisation, not a person ("BBC News", "Australian Broadcasting Corporation").
    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "post", "press", "daily", "journal", "media", "agency", "corporation", "corp", "inc", "ltd", "network",
        "broadcasting", "tv", "radio", "wires", "wire", "herald", "tribune", "gazette", "magazine", "online", "group", "service",
        "services", "newsroom", "staff", "team", "desk", "reporters", "editors", "editorial", "bureau", "telegraph", "guardian",
        "associated", "channel", "world", "today", "weekly", "monthly", "insider", "digital", "com",
    };

    // Punctuation that separates the parts of a byline list.
    private static readonly char[] ListSeparators = ['|', ';', ',', '\u2022'];

    // A newsroom named by one word ("Redaktion", "Newsroom").
    private static readonly HashSet<string> DeskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "redaktion", "newsroom", "staff", "rédaction", "redacción", "redazione", "redactie", "desk",
    };

    // Conjunctions that join names: English, German, French, Spanish, Dutch; an interview's "A im Gespräch mit B" names both.
    // Case matters: "Y Jones" is an initial, " y " a conjunction.
    private static readonly string[] NameJoiners = [" and ", " AND ", " And ", " & ", " und ", " UND ", " et ", " ET ", " y ", " en ", " im Gespräch mit ", " in conversation with "];

    /// <summary>Parses a byline; <c>null</c> for null or blank input.</summary>
    /// <param name="raw">The byline as found.</param>
    /// <param name="printed">
    /// <c>true</c> (a wire item's byline): <see cref="Byline.By"/> is the byline as printed without its leading By word
    /// (<c>Benjamin Wright, Press Association</c>). <c>false</c> (a page's): the people's names joined
    /// (<c>John Irish and Tom Balmforth</c>), or the printed byline when it names no person (<c>Reuters</c>, <c>PA Sport Staff</c>).
    /// </param>
    /// <param name="site">
    /// The publishing site's own name (<c>og:site_name</c>) for a page's byline, or <c>null</c>: a byline part that is this
    /// name is the outlet credited as writer (<c>Par Le Figaro et AFP</c>), not a person.
    /// </param>
    public static Byline? Parse(string? raw, bool printed = false, string? site = null)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // A line break separates the name from an NITF <byttl> title: treat it like a comma.
        string text = TextNormalizer.NormalizeInline(LineBreak().Replace(raw.Trim(), ", "));

        string printedBy = StripJunk(StripLeadWord(text)).Trim(',', ';', ':', '-', '–', '—', '|', ' ');

        // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets.
        if (CoAuthorBracket().IsMatch(text))
        {
            text = CoAuthorBracket().Replace(text, ", ").Replace(")", string.Empty, StringComparison.Ordinal);
        }
        string rawNormalized = TextNormalizer.NormalizeInline(raw);
        text = StripJunk(StripLeadWord(text));

        string? agency = null;
        bool namesOrganisation = false;
        var authors = new List<string>();
        var organisations = new List<string>();
        var desks = new List<string>();
        // "By Nada Tawfik, BBC News, New York": after a person and the outlet, a last part is the reporter's place (dropped
        // after the loop, once it is known to be the last).
        bool placeMayFollow = false;
        string? lastSegment = null, placeCandidate = null;
        foreach (string segment in SplitSegments(text))
        {
            lastSegment = segment;
            string part = TrimPart(segment);

            if (part.Length == 0 || part.Contains('@', StringComparison.Ordinal) || part.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Desk sign-offs ("kesm", "srf/hosb", "daa/mt/msr") are never a person; they credit the desk only when nothing else is named.
            // A desk of an agency ("dpa/lno") names the agency.
            if (DeskCredit().IsMatch(part) && !AgencyNames.IsAgencyOrWire(part))
            {
                agency ??= AgencyNames.TryCanonicalize(part.Split('/')[0], out string? deskAgency) ? deskAgency : null;
                desks.Add(part);
                continue;
            }

            // "John Smith in Kyiv": the reporter's place is not part of the name; nor is the outlet written for
            // ("Jane Doe For Dailymail.Com") or the desk's initials ("Elena Oberholzer (obe)").
            part = ReporterPlace().Replace(part, string.Empty);
            part = WritingFor().Replace(part, string.Empty);
            foreach (Match bracket in BracketedInitials().Matches(part))
            {
                agency ??= AgencyNames.TryCanonicalize(bracket.Value.Trim(' ', '(', ')'), out string? named) ? named : null;
            }

            part = BracketedInitials().Replace(part, string.Empty).Trim();
            if (part.Length == 0 || IsNotAName(part))
            {
                if (IsWriterName(part))
                {
                    organisations.Add(OrganisationName(part)); // "BR24 Redaktion", "Guardian staff reporter"
                }

                continue;
            }

            string whole = part;
            part = StripTitle(part, ref agency);
            if (part.Length == 0)
            {
                namesOrganisation = true;
                organisations.Add(OrganisationName(whole)); // "AOL Staff", "Editor"
                continue;
            }

            // "ZEKE MILLER Associated Press": AP's agency after the last name, without a comma.
            if (AgencyNames.TrySplitTrailing(part, out string person, out string? trailing) && IsPersonName(person))
            {
                agency ??= trailing;
                part = person;
            }

            bool isAgency = AgencyNames.IsAgencyOrWire(part);
            if (isAgency || IsOutlet(part) || IsSite(part, site))
            {
                if (isAgency)
                {
                    agency ??= AgencyNames.FindAgency(part);
                }

                namesOrganisation = true;
                organisations.Add(OrganisationName(part));
                placeMayFollow = authors.Count > 0;
                continue;
            }

            placeCandidate = placeMayFollow && IsPlaceName(part) ? segment : null;
            authors.Add(NameCaser.RecaseIfAllCaps(part));
        }

        if (placeCandidate is not null && ReferenceEquals(placeCandidate, lastSegment) && AfterComma(text, placeCandidate))
        {
            authors.RemoveAt(authors.Count - 1);
        }

        DropTrailingOutlet(authors);
        if (authors.Count == 0 && organisations.Count == 0 && desks.Count > 0)
        {
            namesOrganisation = true;
            organisations.AddRange(desks);
        }

        if (authors.Count == 0 && organisations.Count > 1)
        {
            JoinCoCredits(text, organisations);
        }

        string? by = printed ? printedBy : authors.Count > 0 ? JoinNames(authors) : namesOrganisation ? OrganisationBy(printedBy) : null;
        return new Byline(rawNormalized, string.IsNullOrEmpty(by) ? null : by, authors, agency)
        {
            Organisations = authors.Count == 0 ? organisations : [],
        };
    }

    /// <summary>Whether a body paragraph only repeats the byline (<c>By John Irish and Tom Balmforth</c>, the same in capitals, with or without <c>By</c>).</summary>
    public static bool IsRepeatOf(string paragraph, Byline byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
        if (string.IsNullOrWhiteSpace(paragraph) || paragraph.Length > 200 || byline.Raw.Length == 0)
        {
            return false;
        }

        // Parsing the paragraph only pays when comparing people: a text that is not blank always parses.
        if (byline.Authors.Count == 0)
        {
            return Fold(StripLeadWord(paragraph)) == Fold(StripLeadWord(byline.Raw));
        }

        if (!MayNameAll(paragraph, byline.Authors))
        {
            return false;
        }

        Byline candidate = Parse(paragraph)!;
        return candidate.Authors.Count == byline.Authors.Count
            && candidate.Authors.Select(Fold).Order(StringComparer.Ordinal).SequenceEqual(byline.Authors.Select(Fold).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// A necessary condition for the paragraph to parse into the authors, checked without parsing: every word of every folded
    /// author's name is in the paragraph, ignoring case. It holds when the paragraph's words are plain (see <see cref="HasPlainWords"/>):
    /// parsing then only cuts the paragraph, drops parts and changes case, so each folded word of a parsed name is a piece of it.
    /// </summary>
    private static bool MayNameAll(string paragraph, IReadOnlyList<string> authors)
    {
        if (!HasPlainWords(paragraph))
        {
            return true;
        }

        foreach (string author in authors)
        {
            foreach (string word in Fold(author).Split(' '))
            {
                if (!paragraph.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every letter and digit is ASCII and nothing can join two words: no round bracket (removing <c>(dpa)</c> or <c>)</c>
    /// joins what stood around it), and beyond ASCII only punctuation, symbols and spaces, which neither fold into a letter nor
    /// vanish in normalisation (invisible format characters do; combining marks compose).
    /// </summary>
    private static bool HasPlainWords(string paragraph)
    {
        if (paragraph.AsSpan().IndexOfAny('(', ')') >= 0)
        {
            return false;
        }

        foreach (char c in paragraph)
        {
            if (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
                or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a short paragraph is a byline line (<c>By …</c>) rather than prose.</summary>
    internal static bool LooksLikeBylineLine(string paragraph) =>
        paragraph.Length <= 120 && LeadWord().IsMatch(paragraph) && !paragraph.TrimEnd().EndsWith('.')
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14;

    // A page's byline without a person: an organisation or desk ("Reuters", "Staff Reports"); scraped dates, times and
    // notices ("20 Nov 2019 08:00 GMT", "© dpa-infocom") are not a byline.
    private static string? OrganisationBy(string printed) =>
        printed.Any(char.IsDigit) || printed.Contains('©', StringComparison.Ordinal) || !printed.Any(char.IsLetter) ? null : printed;

    // "By By: CNN Wire": a scraped label before the byline's own word.
    internal static string StripLeadWord(string text) => LeadWord().Replace(LeadWord().Replace(text, string.Empty, 1), string.Empty, 1).Trim();

    private static string StripJunk(string text)
    {
        text = ReadTime().Replace(text, string.Empty);
        text = GluedDate().Replace(text, string.Empty);
        // A stamp ends in its year or time ("2016", "7:18am", "2:24 p.m.", "3:40 PM EST", "17:52 Uhr"): most bylines and the
        // paragraphs a repeat check parses end otherwise and skip the pattern.
        if (text.Length <= MaxStampedLine && EndsWithDateOrTime(text))
        {
            text = PublicationStamp().Replace(text, string.Empty);
        }

        return text.Trim();
    }

    // The page's date printed on the byline's line, after the names: "By Kathy Wise Published in FrontBurner December 14,
    // 2016 2:24 pm", "by Jack Davis December 23, 2016 at 7:18am", "By Ann Lee | Updated 3:40 PM". Only at the end of the
    // line: a date word with a digit and no sentence after it (a full stop only after a digit, "12. März"), or a date with
    // at most a time after it; a date followed by more words is prose ("John Irish on Dec. 3, 2016 wrote to the minister").
    [GeneratedRegex(
        @"(?<=\S)(?:\s*(?:[,;|•·–—-]|\band\b|&))?\s+(?:"
        + @"(?:published|updated|posted|last\s+updated|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado)\b(?=[^.!?]*\d)(?:[^.!?]|(?<=\d)\.){0,80}"
        + $@"|(?:on\s+)?(?:(?:{MonthNames.Pattern})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:er|\.)?\s+(?:{MonthNames.Pattern})\.?,?)\s+(?:19|20)\d\d{StampTime}"
        + $@"|(?:19|20)\d\d-\d\d-\d\d(?:[T\s]\d\d:\d\d(?::\d\d)?)?{StampTime}"
        + @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationStamp();

    // A byline with its stamp is a line, not a page: longer texts are not searched (the pattern's look-ahead is linear per try).
    private const int MaxStampedLine = 300;

    // After the last digit only an "am"/"p.m." marker, a zone in capitals or "Uhr", with spaces.
    private static bool EndsWithDateOrTime(string text)
    {
        ReadOnlySpan<char> tail = text.AsSpan();
        int lastDigit = tail.LastIndexOfAnyInRange('0', '9');
        if (lastDigit < 0)
        {
            return false;
        }

        tail = tail[(lastDigit + 1)..].TrimStart();
        if (tail.Length > 0 && tail[0] is 'a' or 'A' or 'p' or 'P')
        {
            tail = tail[1..].TrimStart('.').TrimStart();
            if (tail.Length == 0 || tail[0] is not ('m' or 'M'))
            {
                return false;
            }

            tail = tail[1..].TrimStart('.').TrimStart();
        }

        return tail.Length == 0 || tail.Equals("Uhr", StringComparison.OrdinalIgnoreCase)
            || DateStampLine.IsZone(tail);
    }

    // A time after a stamp's date: ", 2:24 pm", " at 7:18am", " 10:00 EST".
    private const string StampTime = @"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,5})?)?";

    // Organisations a byline joins with a conjunction ("Le Figaro et AFP") are one joint credit, kept as shown;
    // list punctuation ("srf/hosb;kesm") separates credits.
    private static void JoinCoCredits(string text, List<string> organisations)
    {
        foreach (string piece in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            List<string> joined = SplitSegments(piece).Select(p => OrganisationName(TrimPart(p))).Where(p => p.Length > 0).ToList();
            int first = joined.Count > 1 ? organisations.IndexOf(joined[0]) : -1;
            if (first >= 0 && first + joined.Count <= organisations.Count && organisations.GetRange(first, joined.Count).SequenceEqual(joined))
            {
                organisations.RemoveRange(first, joined.Count);
                organisations.Insert(first, piece.Trim());
            }
        }
    }

    private static string TrimPart(string segment) => segment.Trim().Trim(',', ';', ':', '.', '-', '–', '—', '|', ' ');

    private static IEnumerable<string> SplitSegments(string text)
    {
        foreach (string piece in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = piece;
            foreach (string joiner in NameJoiners)
            {
                rest = rest.Replace(joiner, "\u0001", StringComparison.Ordinal);
            }

            // " - Reuters", " – AP": a spaced dash before an outlet; "Jane Doe/John Roe": a slash between full names.
            rest = SpacedDash().Replace(rest, "\u0001");
            rest = SlashBetweenNames().Replace(rest, "\u0001");
            foreach (string name in rest.Split('\u0001'))
            {
                yield return name;
            }
        }
    }

    /// <summary>Removes a job title glued after a name (<c>BERNARD CONDON AP Business Writer</c>) and notes an agency in it.</summary>
    private static string StripTitle(string part, ref string? agency)
    {
        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !TitleNouns.Contains(words[^1].TrimEnd('.')))
        {
            return part;
        }

        bool namesInCaps = NameCaser.IsAllCaps(words[0]);
        int cut = words.Length;
        while (cut > 0)
        {
            string word = words[cut - 1].TrimEnd('.');
            bool titleWord = (TitleNouns.Contains(word) || TitleModifiers.Contains(word)) && !(namesInCaps && NameCaser.IsAllCaps(word) && cut < words.Length && !AgencyNames.TryCanonicalize(word, out _));
            bool agencyWord = AgencyNames.TryCanonicalize(word, out _) || AgencyNames.IsAgencyOrWire(word);
            if (!titleWord && !agencyWord)
            {
                break;
            }

            cut--;
        }

        // A part that is only a title ("AP Business Writer", "Reuters Staff") leaves no name; one word before "Staff" is an outlet ("AOL Staff").
        agency ??= AgencyNames.FindAgency(string.Join(' ', words[cut..]));
        return cut == 1 ? string.Empty : string.Join(' ', words[..cut]);
    }

    // Dates ("MAR 04"), desk initials ("daa/mt/msr") and prose ("ready for all scenarios says EC") are not people.
    private static bool IsNotAName(string part)
    {
        if (MonthNames.IsDate(part) || DeskInitials().IsMatch(part) || part.Any(char.IsDigit))
        {
            return true;
        }

        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool someCapitalised = words.Any(w => char.IsUpper(w[0]));
        int lowerWords = words.Count(w => char.IsLower(w[0]) && !NameCaser.IsParticle(w));
        return someCapitalised && lowerWords > 0;
    }

    // "THE NEW YORK TIMES" reads as a name; a one-word acronym ("AFP", "BELGA") stays as written.
    private static string OrganisationName(string part) => part.Contains(' ', StringComparison.Ordinal) ? NameCaser.RecaseIfAllCaps(part) : part;

    // A desk or newsroom credited as the writer: a short name with letters, not a date, desk initials or prose.
    private static bool IsWriterName(string part)
    {
        if (part.Length is < 2 or > 60 || MonthNames.IsDate(part) || DeskInitials().IsMatch(part) || LoneNumber().IsMatch(part))
        {
            return false;
        }

        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && char.IsUpper(words[0][0])
            && words.Skip(1).All(w => !char.IsLower(w[0]) || TitleNouns.Contains(w) || TitleModifiers.Contains(w) || OutletWords.Contains(w));
    }

    // Whether the last segment follows a comma, not a joiner ("…, BBC News, New York", not "…, Reuters, and Jane Doe").
    private static bool AfterComma(string text, string lastSegment)
    {
        int at = text.LastIndexOf(lastSegment, StringComparison.Ordinal);
        return at > 0 && text.AsSpan(0, at).TrimEnd().EndsWith(",", StringComparison.Ordinal);
    }

    // Two to four capitalised words, a name's shape ("Zeke Miller", "ZEKE MILLER", "Maria dell'Orto").
    private static bool IsPersonName(string part)
    {
        int words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 4 && IsPlaceName(part);
    }

    // One to four capitalised words without digits: "New York", "Washington", "Rio de Janeiro" (particles allowed).
    private static bool IsPlaceName(string part)
    {
        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4
            && char.IsUpper(words[0][0])
            && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '.' or '\'' or '’') && (char.IsUpper(w[0]) || w.Length <= 3));
    }

    private static bool IsOutlet(string part)
    {
        if (DeskWords.Contains(part))
        {
            return true; // "Redaktion": the newsroom, not a person.
        }

        if (part.StartsWith("The ", StringComparison.OrdinalIgnoreCase) || part.Contains(".com", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.Any(w => OutletWords.Contains(w.Trim('.', '\'', '’')));
    }

    private static bool IsSite(string part, string? site) =>
        site is not null && Fold(part) is { Length: > 0 } folded && folded == Fold(site);

    // "John Patrick Pullen, TIME": a one-word part after real names is an outlet or a title, not a person.
    private static void DropTrailingOutlet(List<string> authors)
    {
        if (authors.Count > 1 && !authors[^1].Contains(' ', StringComparison.Ordinal) && authors.Take(authors.Count - 1).All(a => a.Contains(' ', StringComparison.Ordinal)))
        {
            authors.RemoveAt(authors.Count - 1);
        }
    }

    private static string JoinNames(List<string> names) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + " and " + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    /// <summary>Name key for comparisons: no diacritics, case-folded, letters and digits only.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    // "By", "Von", "Par", "Por", "Door" as a whole leading word: "BYRON YORK" and "Abby" survive.
    // Scraped pages may repeat it ("By By TOM KRISHER").
    [GeneratedRegex(@"^(?:\s*(?:by|von|par|por|door)(?=[\s:]|$)[\s:]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"\d+\s*min(?:ute)?s?\s+read\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadTime();

    // "Lucas Nolan22 Dec 2016651": a date glued to the name by a scraper.
    [GeneratedRegex(@"(?<=\p{L})\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\d*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedDate();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}\p{M}'’. -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReporterPlace();

    [GeneratedRegex(@"(?<=\p{L})\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*)*$")]
    private static partial Regex WritingFor();

    // Lower-case brackets only ("(AP)" after a name is left to the agency check); "(dpa)" is noted as the agency.
    [GeneratedRegex(@"\s*\(\p{Ll}{2,4}\.?\)")]
    private static partial Regex BracketedInitials();

    [GeneratedRegex(@"^\p{Ll}{1,4}(?:/\p{Ll}{1,4})+$")]
    private static partial Regex DeskInitials();

    // Lower-case initials alone or slash-joined: a desk's or editor's sign-off, not a name (a lower-case name has a space).
    [GeneratedRegex(@"^\p{Ll}{2,5}(?:/\p{Ll}{1,5})*$")]
    private static partial Regex DeskCredit();

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?![\p{L}\d])")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex SpacedDash();

    // Only between names of two words or more: "Reuters/kra" and "Jane Doe/AP" are a writer and a desk or an agency.
    [GeneratedRegex(@"(?<=\p{L}\s+\p{Lu}[\p{L}\p{M}'’.-]+)\s*/\s*(?=\p{Lu}[\p{L}\p{M}'’.-]+\s+\p{Lu})")]
    private static partial Regex SlashBetweenNames();

    /// <summary>Words that open a bracket of co-authors after a name: "(with Jane Roe)", "(avec B et C)", "(mit …)".</summary>
    internal const string CoAuthorWords = "with|avec|mit|con|com|met";

    [GeneratedRegex(@"\s*\((?:" + CoAuthorWords + @")\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoAuthorBracket();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreak();
}
