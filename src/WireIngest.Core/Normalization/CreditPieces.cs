using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Collects the parts of one picture credit (split at <c>/</c> and <c>,</c>) and tells agency, organisation, photographer and flags apart.
/// </summary>
internal sealed partial class CreditPieces
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words that make a credit part an organisation rather than a photographer.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "images", "image", "getty", "shutterstock", "alamy", "scanpix", "tv", "press", "news", "agency", "photos", "pictures", "media",
        "ministry", "office", "service", "courtesy", "inc", "ltd", "daily", "times", "star", "post", "herald", "tribune", "unsplash",
        "wikimedia", "commons", "handout", "government", "army", "police", "museum", "archive", "archives", "library", "foundation",
        "university", "council", "network", "channel", "press-service", "kcna", "nasa", "epa", "sipa", "imago", "zuma", "abaca",
        "anadolu", "xinhua", "photography", "studio", "studios", "pool", "sports", "data", "llc", "agencia", "agence", "presse",
        "alliance", "photo", "foto", "services", "court", "district", "technologies", "productions", "department", "company",
        "association", "institute", "center", "centre", "club", "party", "commission", "embassy", "hospital", "school", "college",
        "festival", "records", "entertainment", "films", "supplied", "istock", "istockphoto", "pexels",
    };

    // Pieces that only carry a flag or say nothing about who took the picture.
    private static readonly HashSet<string> NeutralPieces = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "file photo", "file pic", "pool", "pool photo", "handout", "handout photo", "stringer", "staff", "photo", "photos",
        "illustration", "illustration photo", "via", "picture", "image",
    };

    private readonly List<string> people = [];
    private readonly List<string> singleWords = [];
    private bool file;
    private bool pool;
    private bool handout;
    private string? distributor;
    private string? firstAgency;
    private string? organisation;

    /// <summary>Whether a word marks an organisation (<c>Images</c>, <c>TV</c>, <c>Press</c> …).</summary>
    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word);

    /// <summary>Classifies one part of the credit.</summary>
    public void Add(string piece)
    {
        // "© FUNKE Foto Services", "© 2019 Al Jazeera Media Network": the mark and its years say whose the picture is; the
        // name is the piece. A marked handle ("© methaphum / stock.adobe.com") is the photographer's, however it is cased.
        bool marked = piece.StartsWith('©');
        if (marked)
        {
            piece = MarkYears().Replace(piece.TrimStart('©', ' '), string.Empty);
        }

        Match via = Via().Match(piece);
        if (via.Success)
        {
            string by = via.Groups["by"].Value.Trim();
            distributor ??= AgencyNames.FindAgency(by) ?? (AgencyNames.TryCanonicalize(by, out string? c) ? c : null);
            organisation ??= distributor is null ? by : null;
            piece = piece[..via.Index].Trim();
        }

        if (piece.Length == 0)
        {
            return;
        }

        file |= FileWord().IsMatch(piece);
        pool |= PoolWord().IsMatch(piece);
        handout |= HandoutWord().IsMatch(piece);
        if (NeutralPieces.Contains(piece) || MonthNames.IsDate(piece) || piece.All(char.IsAsciiDigit))
        {
            return;
        }

        if (AgencyNames.TryCanonicalize(AgencyPhoto().Replace(piece, string.Empty).Trim(), out string? agency))
        {
            firstAgency ??= agency;
            return;
        }

        if (!PhotoBy().IsMatch(piece) && (IsOrganisation(piece) || AgencyNames.IsAgencyOrWire(piece)))
        {
            firstAgency ??= AgencyNames.FindAgency(piece);
            organisation ??= piece;
            return;
        }

        AddPerson(PhotoBy().Replace(piece, string.Empty).Trim(), handle: marked && !char.IsUpper(piece[0]));
    }

    /// <summary>The credit: agency after <c>via</c>, else the first agency, else the organisation; the first person named.</summary>
    public ImageCredit ToCredit(string raw)
    {
        string? canonical = distributor ?? firstAgency;

        // A single word is a photographer only beside an agency or outlet ("REUTERS/Beawiharta"); alone it is an outlet ("Shutterstock").
        string? person = people.FirstOrDefault();
        string? outlet = organisation;
        if (person is null && singleWords.Count > 0)
        {
            if (canonical is not null || outlet is not null)
            {
                person = singleWords[0];
            }
            else
            {
                outlet = singleWords[0];
            }
        }

        return new ImageCredit(raw, canonical ?? outlet, person is null ? null : NameCaser.RecaseIfAllCaps(person), file, pool, handout);
    }

    private void AddPerson(string person, bool handle)
    {
        // "Tara Atkinson for Rest of World": the photographer works for the outlet named after "for".
        Match forOutlet = ForOutlet().Match(person);
        if (forOutlet.Success)
        {
            organisation ??= forOutlet.Groups["outlet"].Value.Trim();
            person = person[..forOutlet.Index].Trim();
        }

        if (person.Contains(' ', StringComparison.Ordinal) || (handle && person.Length > 0))
        {
            people.Add(person);
        }
        else if (person.Length > 0)
        {
            singleWords.Add(person);
        }
    }

    private static bool IsOrganisation(string piece)
    {
        if (piece.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string[] words = piece.Split(' ', '-');
        if (words.Any(w => OrganisationWords.Contains(w.Trim('.', '(', ')'))))
        {
            return true;
        }

        // Short acronyms are outlets (SANA, DHA, KCNA), not people.
        return words.Length == 1 && piece.Length <= 5 && NameCaser.IsAllCaps(piece);
    }

    [GeneratedRegex(@"\s*\bvia\s+(?<by>.+)$", Options | RegexOptions.IgnoreCase)]
    internal static partial Regex Via();

    [GeneratedRegex(@"\s+(?:PHOTO|Photo|photo|PICTURE|Picture|IMAGES?|Images?)$|^(?:PHOTO|Photo)\s+", Options)]
    internal static partial Regex AgencyPhoto();

    [GeneratedRegex(@"^(?:(?:photo\s+)?illustration\s+by|photo(?:graph)?s?\s+by|pictures?\s+by|by)\s+", Options | RegexOptions.IgnoreCase)]
    internal static partial Regex PhotoBy();

    [GeneratedRegex(@"\s+for\s+(?<outlet>\p{Lu}.*)$", Options)]
    private static partial Regex ForOutlet();

    [GeneratedRegex(@"\bfile\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex FileWord();

    [GeneratedRegex(@"\bpool\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex PoolWord();

    [GeneratedRegex(@"\bhandout\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex HandoutWord();

    [GeneratedRegex(@"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MarkYears();
}
