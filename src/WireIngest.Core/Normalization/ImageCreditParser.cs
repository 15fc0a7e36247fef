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

        ImageCredit? separate = raw.Credit is null ? null : ParseCredit(raw.Credit);
        if (separate is not null)
        {
            credits.Add(separate);
        }

        // A structured "photographer" that is a whole credit ("ANTHONY WALLACE/AFP/Getty Images") or an agency ("REUTERS TV") is read as a credit.
        string? photographer = raw.Photographer;
        ImageCredit? fromPhotographer = photographer is not null && IsCreditNotName(photographer) ? ParseCredit(photographer) : null;
        if (fromPhotographer is not null)
        {
            credits.Add(fromPhotographer);
            photographer = null;
        }

        ImageCredit? credit = KeepAgencyCreditLine(Merge(credits, photographer), fromPhotographer, separate);
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

        // "Florion Goga (REUTERS)", "Frank van Beek. Courtesy of the ICJ": brackets and sentences separate parts like a slash.
        string parts = InnerBrackets().Replace(text, "/${inner}");
        parts = SentenceBoundary().Replace(parts, "/");

        // "© dpa | Jens Kalaene": a spaced bar separates parts like a slash.
        parts = parts.Replace(" | ", "/", StringComparison.Ordinal);

        var pieces = new CreditPieces();
        foreach (string slashPart in parts.Split('/'))
        {
            foreach (string piece in slashPart.Split(','))
            {
                pieces.Add(CreditLabel().Replace(piece.Trim(), string.Empty)); // "By The New York Times | Source: Reuters"
            }
        }

        return pieces.ToCredit(text);
    }

    private static bool TryTakeTrailingCredit(ref string caption, [NotNullWhen(true)] out ImageCredit? credit)
    {
        credit = null;
        if (caption.Length == 0)
        {
            return false;
        }

        Match paren = ParenthesisedCredit().Match(caption);
        if (paren.Success && LooksLikeCredit(paren.Groups["credit"].Value) && IsCreditShaped(CreditLabel().Replace(paren.Groups["credit"].Value, string.Empty), strayWords: 1))
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
        if (LooksLikeCredit(tail) && IsCreditShaped(tail, strayWords: 0))
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

        return t.Contains('/', StringComparison.Ordinal) || CreditPieces.Via().IsMatch(t) || CreditLabel().IsMatch(t) || CreditPieces.AgencyPhoto().IsMatch(t)
            || AgencyNames.TryCanonicalize(t, out _) || CreditPieces.PhotoBy().IsMatch(t) || StockCredit().IsMatch(t);
    }

    // A credit is short runs of capitalised words without figures; a few lower-case words ("dpa", "picture alliance") may stray in.
    private static bool IsCreditShaped(string text, int strayWords)
    {
        if (text.Any(char.IsDigit))
        {
            return false;
        }

        int stray = 0;
        foreach (string part in text.Split('/', ','))
        {
            string[] words = CreditPieces.Via().Replace(part, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 6)
            {
                return false;
            }

            stray += words.Count(w => !char.IsUpper(w[0]) && !NameCaser.IsParticle(w) && !CreditPieces.IsOrganisationWord(w) && !AgencyNames.TryCanonicalize(w, out _));
        }

        return stray <= strayWords;
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

    /// <summary>
    /// A credit given apart from the caption that names only the agency is the line the provider asks to be shown: a structured
    /// creator that is an agency unit (G2 <c>by</c> <c>REUTERS TV</c>) first, else the credit line (AP's <c>ASSOCIATED PRESS</c>,
    /// a G2 <c>creditline</c> <c>REUTERS</c>). It stays the raw credit, while the caption's credit still gives the photographer and
    /// the flags. A separate credit naming a photographer is a repeat of the caption's and changes nothing.
    /// </summary>
    private static ImageCredit? KeepAgencyCreditLine(ImageCredit? merged, params ImageCredit?[] declared)
    {
        ImageCredit? line = declared.FirstOrDefault(d => d is { Photographer: null, Agency: not null } && (merged?.Agency is null || merged.Agency == d.Agency));
        return merged is not null && line is not null ? merged with { Raw = line.Raw, Agency = line.Agency } : merged;
    }

    private static bool IsCreditNotName(string text) =>
        text.Contains('/', StringComparison.Ordinal) || AgencyNames.IsAgencyOrWire(TextNormalizer.NormalizeInline(text));

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

    // Licensing links and the labels of picture viewers (slideshow counters, "Open image in new tab", NPR's "Enlarge this
    // image" and its "hide caption" / "toggle caption" switches), read into captions with the picture's text.
    [GeneratedRegex(@"\b(?:Acquire|Purchase)\s+Licensing\s+Rights\b|\bSlideshow\s*\(\s*\d+\s+images?\s*\)|\bOpen\s+image\s+in\s+(?:new\s+tab|gallery)\b|\bEnlarge\s+this\s+image\b|\b(?:hide|toggle)\s+caption\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex DeskPhrases();

    // "Photo:", "Image credit:", "Main image credit:", "Foto:", "Crédit photo :".
    private const string Label = @"(?:(?:main|lead|top)\s+)?(?:(?:image|photo|picture)\s*credits?|photo\s*courtesy|photo(?:graph)?s?|images?|pictures?|credits?|foto|bild|cr[ée]dit(?:\s+photo)?|(?:bild)?quelle|source|fonte|fuente)";

    [GeneratedRegex(@"^" + Label + @"\s*:\s*", Options | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\((?<credit>[^()]{2,160})\)\s*\.?\s*$", Options)]
    private static partial Regex ParenthesisedCredit();

    [GeneratedRegex(@"(?<=^|\s)" + Label + @"\s*:\s*(?<credit>[^:()]{2,160})$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCredit();

    // A sentence ends with a full stop after a word of two or more characters or a number ("2024.", not "J.").
    [GeneratedRegex(@"(?<=[\p{L}\d)\]""”’']{2}[.!?][""”’)]?)\s+", Options)]
    private static partial Regex SentenceBoundary();

    // Credits that name no one: the picture came from the story's subject or a press office.
    [GeneratedRegex(@"^(?:Supplied|Handout|Pool)\.?$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex StockCredit();

    [GeneratedRegex(@"\s*\((?<inner>[^()]+)\)", Options)]
    private static partial Regex InnerBrackets();
}
