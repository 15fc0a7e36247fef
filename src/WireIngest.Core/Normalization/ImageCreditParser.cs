using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Splits picture captions from their credits (<c>… 2024. REUTERS/Alina Smutko/File Photo</c>, <c>(AP Photo/Natacha Pisarenko)</c>,
/// <c>(AFP PHOTO / GABRIEL BOUYS)</c>) and parses the credit into agency, photographer and pool/handout/file flags.
/// </summary>
/// <remarks>
/// <see cref="ImageCredit.Agency"/> is the agency that distributed the picture: the one after <c>via</c> when there is one
/// (<c>Ritzau Scanpix/Ida Marie Odgaard via REUTERS</c> → Reuters), else the first agency named, else — for non-agency credits —
/// the organisation as written (<c>Getty Images</c>, <c>The Daily Star</c>).
/// </remarks>
public static partial class ImageCreditParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words that make a credit part an organisation rather than a photographer.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "images", "image", "getty", "shutterstock", "alamy", "scanpix", "tv", "press", "news", "agency", "photos", "pictures", "media",
        "ministry", "office", "service", "courtesy", "inc", "ltd", "daily", "times", "star", "post", "herald", "tribune", "unsplash",
        "wikimedia", "commons", "handout", "government", "army", "police", "museum", "archive", "archives", "library", "foundation",
        "university", "council", "network", "channel", "press-service", "kcna", "nasa", "epa", "sipa", "imago", "zuma", "abaca",
        "anadolu", "xinhua", "photography", "studio", "studios", "pool",
    };

    // Pieces that only carry a flag or say nothing about who took the picture.
    private static readonly HashSet<string> NeutralPieces = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "file photo", "file pic", "pool", "pool photo", "handout", "handout photo", "stringer", "staff", "photo", "photos",
        "illustration", "illustration photo", "via", "picture", "image",
    };

    /// <summary>Normalises a picture: caption without its credit, <c>FILE PHOTO:</c> lead-in or desk codes, and the parsed credit.</summary>
    public static Picture Normalize(RawPicture raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        string caption = RemoveDeskCodes(TextNormalizer.NormalizeInline(raw.Caption ?? string.Empty));

        bool fileLead = false;
        Match lead = FilePhotoLead().Match(caption);
        if (lead.Success)
        {
            fileLead = true;
            caption = caption[lead.Length..];
        }

        var credits = new List<ImageCredit>();
        while (TryTakeTrailingCredit(ref caption, out ImageCredit? found))
        {
            credits.Insert(0, found);
        }

        if (raw.Credit is not null && ParseCredit(raw.Credit) is { } separate)
        {
            credits.Add(separate);
        }

        ImageCredit? credit = Merge(credits, raw.Photographer);
        if (credit is not null && fileLead && !credit.FilePhoto)
        {
            credit = credit with { FilePhoto = true };
        }

        caption = caption.Trim().TrimEnd('|', '-', '–', '—', ' ');
        return new Picture(caption.Length == 0 ? null : caption, credit, raw.Href);
    }

    /// <summary>Parses one credit (<c>REUTERS/Alina Smutko/File Photo</c>, <c>Photo: AFP / Johannes Eisele</c>); <c>null</c> when nothing is left.</summary>
    public static ImageCredit? ParseCredit(string credit)
    {
        string text = RemoveDeskCodes(TextNormalizer.NormalizeInline(credit ?? string.Empty)).Trim();
        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            text = text[1..^1].Trim();
        }

        text = CreditLabel().Replace(text, string.Empty).Trim().TrimEnd('.', ',', ' ');
        if (text.Length == 0)
        {
            return null;
        }

        bool file = false, pool = false, handout = false;
        string? distributor = null, firstAgency = null, organisation = null;
        var people = new List<string>();
        var singleWords = new List<string>();

        foreach (string slashPart in text.Split('/'))
        {
            foreach (string commaPart in slashPart.Split(','))
            {
                string piece = commaPart.Trim();
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
                    continue;
                }

                file |= FileWord().IsMatch(piece);
                pool |= PoolWord().IsMatch(piece);
                handout |= HandoutWord().IsMatch(piece);
                if (NeutralPieces.Contains(piece))
                {
                    continue;
                }

                string withoutPhotoWord = AgencyPhoto().Replace(piece, string.Empty).Trim();
                if (AgencyNames.TryCanonicalize(withoutPhotoWord, out string? agency))
                {
                    firstAgency ??= agency;
                    continue;
                }

                if (IsOrganisation(piece))
                {
                    firstAgency ??= AgencyNames.FindAgency(piece);
                    organisation ??= piece;
                    continue;
                }

                string person = PhotoBy().Replace(piece, string.Empty).Trim();
                if (person.Contains(' ', StringComparison.Ordinal))
                {
                    people.Add(person);
                }
                else if (person.Length > 0)
                {
                    singleWords.Add(person);
                }
            }
        }

        string? canonical = distributor ?? firstAgency;

        // A single word is a photographer only beside an agency ("REUTERS/Beawiharta"); alone it is an outlet ("Shutterstock").
        if (people.Count == 0 && singleWords.Count > 0)
        {
            if (canonical is not null)
            {
                people.Add(singleWords[0]);
            }
            else
            {
                organisation ??= singleWords[0];
            }
        }

        string? photographer = people.Count > 0 ? NameCaser.RecaseIfAllCaps(people[0]) : null;
        return new ImageCredit(text, canonical ?? organisation, photographer, file, pool, handout);
    }

    private static bool TryTakeTrailingCredit(ref string caption, [NotNullWhen(true)] out ImageCredit? credit)
    {
        credit = null;
        if (caption.Length == 0)
        {
            return false;
        }

        Match paren = ParenthesisedCredit().Match(caption);
        if (paren.Success && LooksLikeCredit(paren.Groups["credit"].Value))
        {
            return Take(ref caption, paren.Index, paren.Groups["credit"].Value, out credit);
        }

        Match labelled = LabelledCredit().Match(caption);
        if (labelled.Success && labelled.Groups["credit"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12)
        {
            return Take(ref caption, labelled.Index, labelled.Value, out credit);
        }

        int start = LastSentenceStart(caption);
        string tail = caption[start..];
        if (LooksLikeCredit(tail) && IsCreditShaped(tail))
        {
            return Take(ref caption, start, tail, out credit);
        }

        return false;
    }

    private static bool Take(ref string caption, int index, string creditText, [NotNullWhen(true)] out ImageCredit? credit)
    {
        credit = ParseCredit(creditText);
        if (credit is null)
        {
            return false;
        }

        caption = caption[..index].TrimEnd();
        return true;
    }

    private static int LastSentenceStart(string caption)
    {
        int start = 0;
        foreach (Match m in SentenceBoundary().Matches(caption))
        {
            start = m.Index + m.Length;
        }

        return start;
    }

    // Something a credit is made of: a slash between parts, "via", a photo label, or an agency name on its own.
    private static bool LooksLikeCredit(string text)
    {
        string t = text.Trim();
        if (t.Length is 0 or > 160)
        {
            return false;
        }

        return t.Contains('/', StringComparison.Ordinal) || Via().IsMatch(t) || CreditLabel().IsMatch(t) || AgencyPhoto().IsMatch(t)
            || AgencyNames.TryCanonicalize(t, out _) || PhotoBy().IsMatch(t);
    }

    // A bare tail after the last sentence is a credit only when every part is a short run of capitalised words.
    private static bool IsCreditShaped(string tail)
    {
        foreach (string part in tail.Split('/', ','))
        {
            string[] words = Via().Replace(part, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 6 || words.Any(w => !char.IsUpper(w[0]) && !char.IsDigit(w[0]) && w is not ("de" or "van" or "von" or "al" or "da" or "di" or "la" or "le" or "of")))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Keeps the first credit and completes it from later ones that do not name another photographer (a syndicator's repeat, a G2 <c>by</c>).</summary>
    private static ImageCredit? Merge(List<ImageCredit> credits, string? photographer)
    {
        string? structured = string.IsNullOrWhiteSpace(photographer) ? null : NameCaser.RecaseIfAllCaps(TextNormalizer.NormalizeInline(photographer));
        if (credits.Count == 0)
        {
            return structured is null ? null : new ImageCredit(TextNormalizer.NormalizeInline(photographer!), null, structured, false, false, false);
        }

        ImageCredit merged = credits[0];
        foreach (ImageCredit other in credits.Skip(1))
        {
            if (merged.Photographer is not null && other.Photographer is not null && !SameName(merged.Photographer, other.Photographer))
            {
                continue;
            }

            merged = merged with
            {
                Agency = merged.Agency ?? other.Agency,
                Photographer = merged.Photographer ?? other.Photographer,
                FilePhoto = merged.FilePhoto || other.FilePhoto,
                Pool = merged.Pool || other.Pool,
                Handout = merged.Handout || other.Handout,
            };
        }

        return merged.Photographer is null && structured is not null ? merged with { Photographer = structured } : merged;
    }

    private static bool SameName(string a, string b) => BylineParser.Fold(a) == BylineParser.Fold(b);

    private static string RemoveDeskCodes(string text)
    {
        text = AttentionEditors().Replace(text, " ");
        text = SearchCode().Replace(text, " ");
        text = TagsCode().Replace(text, " ");
        text = DeskPhrases().Replace(text, " ");
        return TextNormalizer.NormalizeInline(text);
    }

    [GeneratedRegex(@"^\s*(?:FILE\s+PHOTO|File\s+photo|File\s+Photo|FILE)\s*(?::|-|–|—)\s*", Options)]
    private static partial Regex FilePhotoLead();

    // The editors' note runs as long as its words carry no lower-case letter.
    [GeneratedRegex(@"\bATTENTION\s+EDITORS\b(?:\s*[^\s\p{Ll}]+)*", Options)]
    private static partial Regex AttentionEditors();

    [GeneratedRegex(@"\bSEARCH\s+[""“][^""”]+[""”]\s+FOR\b(?:\s*[^\s\p{Ll}]+)*|\bTPX\s+IMAGES\s+OF\s+THE\s+DAY\b", Options)]
    private static partial Regex SearchCode();

    [GeneratedRegex(@"\((?:[^()]*\s[-–]\s*)?Tags:[^()]*\)", Options)]
    private static partial Regex TagsCode();

    [GeneratedRegex(@"\bAcquire\s+Licensing\s+Rights\b|\bSlideshow\s*\(\s*\d+\s+images?\s*\)|\bOpen\s+image\s+in\s+(?:new\s+tab|gallery)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex DeskPhrases();

    [GeneratedRegex(@"^(?:photo\s*credit|photograph|photo|image|picture|credits?|foto|bild|cr[ée]dit\s+photo|cr[ée]dit)\s*:\s*", Options | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\((?<credit>[^()]{2,160})\)\s*\.?\s*$", Options)]
    private static partial Regex ParenthesisedCredit();

    [GeneratedRegex(@"(?<=^|\s)(?:photo\s*credit|photograph|photo|image|picture|credits?|foto|bild|cr[ée]dit\s+photo|cr[ée]dit)\s*:\s*(?<credit>[^:]{2,160})$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCredit();

    // A sentence ends with a full stop after a word of two or more characters or a number ("2024.", not "J.").
    [GeneratedRegex(@"(?<=[\p{L}\d)\]""”’']{2}[.!?][""”’)]?)\s+", Options)]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\s*\bvia\s+(?<by>.+)$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Via();

    [GeneratedRegex(@"\s+(?:PHOTO|Photo|photo|PICTURE|Picture|IMAGES?|Images?)$|^(?:PHOTO|Photo)\s+", Options)]
    private static partial Regex AgencyPhoto();

    [GeneratedRegex(@"^(?:photo(?:graph)?s?\s+by|pictures?\s+by|by)\s+", Options | RegexOptions.IgnoreCase)]
    private static partial Regex PhotoBy();

    [GeneratedRegex(@"\bfile\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex FileWord();

    [GeneratedRegex(@"\bpool\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex PoolWord();

    [GeneratedRegex(@"\bhandout\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex HandoutWord();
}
