using System.Text.RegularExpressions;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Turns an extractor's raw story into an <see cref="Article"/>: headline tags, byline, dateline, picture credits, copyright,
/// trailer, agency, syndicator, language and URI.
/// </summary>
/// <remarks>
/// The story's agency is, in order: the document's own metadata (<see cref="ExtractedArticle.Agency"/>), the dateline's source,
/// the holder of an agency copyright notice, the byline's agency, and last the lead picture's credit agency.
/// </remarks>
public sealed partial class ArticleNormalizer : IArticleNormalizer
{
    private const int MaxFallbackHeadlineLength = 120;

    // Superdesk's convention for a wire item sent without a headline (its Ritzau and STT parsers): the first 100 characters of the text.
    private const int WireFallbackHeadlineLength = 100;

    // Advisory and bullet lines that may precede the dateline paragraph: a trash line and up to five bullets.
    private const int MaxAdvisoryLines = 6;

    private readonly HeadlineTagger tagger;

    /// <summary>Creates a normaliser.</summary>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    public ArticleNormalizer(NormalizationOptions? options = null)
    {
        tagger = new HeadlineTagger((options ?? new NormalizationOptions()).HeadlineTags);
    }

    /// <summary>Normalises one story.</summary>
    /// <exception cref="DocumentRejectedException">A usable draft has neither headline nor body, or a page has no body paragraph left after chrome removal.</exception>
    public Article Normalize(ExtractedArticle draft, DocumentOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(origin);

        string draftHeadline = TextNormalizer.NormalizeInline(draft.Headline);
        if (draftHeadline.Length == 0 && draft.PubStatus == PubStatuses.Usable && draft.Body.All(b => string.IsNullOrWhiteSpace(b.Text)))
        {
            throw new DocumentRejectedException("no headline");
        }

        // A wire item is the provider's copy: its byline is printed as sent and its body keeps a byline paragraph and the trailer.
        bool wireItem = !DocumentFormats.IsPage(draft.Format);
        string? site = wireItem ? null : draft.Syndicator;
        CleanedBody body = BodyCleaner.Clean(draft.Body, BylineParser.Parse(draft.Byline, printed: wireItem, site: site), providerCopy: wireItem, site: site);
        string? firstParagraph = body.Blocks.FirstOrDefault(b => b.Kind == BodyBlockKind.Paragraph)?.Text;
        if (firstParagraph is null && !MayHaveEmptyBody(draft, draftHeadline))
        {
            throw new DocumentRejectedException("not an article: no body paragraph left after chrome removal");
        }

        DateTimeOffset? itemDate = draft.VersionCreated ?? draft.FirstCreated;
        Dateline? dateline = string.IsNullOrWhiteSpace(draft.Dateline) ? null : DatelineParser.Parse(draft.Dateline, itemDate);
        int leadLength = 0;
        if (dateline is null)
        {
            (dateline, leadLength) = FindLeadDateline(body.Blocks, body.Byline, itemDate);
        }

        HeadlineTagResult headline = draftHeadline.Length > 0
            ? tagger.Strip(draftHeadline)
            : new HeadlineTagResult(wireItem ? WireFallbackHeadline(body.Blocks) : FallbackHeadline((firstParagraph ?? string.Empty)[leadLength..]), []);

        // A wire item's headline is the provider's, tags and all; only a page shows its headline without them.
        bool keepTags = wireItem && draftHeadline.Length > 0;

        List<Picture> pictures = draft.Pictures.Select(ImageCreditParser.Normalize).Distinct().ToList();

        List<CopyrightNotice> notices = ProviderCopyright.Read(draft.CopyrightLines, draft.CopyrightHolder, declared: wireItem)
            .Concat(body.CopyrightLines.Select(CopyrightParser.Parse).OfType<CopyrightNotice>())
            .ToList();
        CopyrightNotice? agencyNotice = notices.FirstOrDefault(CopyrightParser.IsAgencyNotice);
        CopyrightNotice? otherNotice = notices.FirstOrDefault(n => !CopyrightParser.IsAgencyNotice(n));

        string? agency = DraftAgency(draft.Agency)
            ?? dateline?.Agency
            ?? (agencyNotice is null ? null : AgencyNames.FindAgency(agencyNotice.Holder!))
            ?? body.Byline?.Agency
            ?? LeadPictureAgency(pictures);

        string? syndicator = Syndicator(draft.Syndicator, agency);
        bool syndicated = syndicator is not null || agencyNotice is not null;

        string plainBody = TextNormalizer.JoinParagraphs(body.Blocks.Select(b => b.Text));
        return new Article
        {
            // The untagged headline keeps a derived URI the same across UPDATE 1, UPDATE 2, ...
            Uri = StoryUri.Choose(draft.Uri, draft.CanonicalUrl, origin.Url, headline.Headline, plainBody),
            Format = draft.Format,
            Source = origin,
            Syndicator = syndicator,
            ProviderId = draft.ProviderId,
            ProviderVersion = draft.ProviderVersion,
            Headline = keepTags ? draftHeadline : headline.Headline,
            UntaggedHeadline = keepTags && headline.Tags.Count > 0 ? headline.Headline : null,
            HeadlineTags = headline.Tags,
            Slugline = NullIfBlank(draft.Slugline),
            Body = body.Blocks,
            Byline = body.Byline,
            Dateline = dateline,
            Agency = agency,
            Pictures = pictures,
            Copyright = agencyNotice ?? (syndicated ? null : otherNotice),
            PublisherCopyright = syndicated ? otherNotice : null,
            Credits = body.Credits,
            CommentCount = draft.CommentCount,
            Language = LanguageTag.Normalize(draft.Language) ?? LanguageGuesser.Guess(plainBody),
            FirstCreated = draft.FirstCreated,
            VersionCreated = draft.VersionCreated,
            PubStatus = draft.PubStatus,
            EmbargoedUntil = draft.EmbargoedUntil,
        };
    }

    /// <summary>
    /// Whether a story may come out without body text: a kill or a withheld item (ninjs <c>canceled</c>/<c>withheld</c>, the body is
    /// empty by design), or a wire item with a headline (an alert, or a body that only repeated the byline). The wire extractors have
    /// already decided such an item is a story; only a page, where chrome removal can leave nothing, is rejected.
    /// </summary>
    private static bool MayHaveEmptyBody(ExtractedArticle draft, string headline) =>
        draft.PubStatus != PubStatuses.Usable || (headline.Length > 0 && !DocumentFormats.IsPage(draft.Format));

    /// <summary>
    /// The dateline at the start of the first paragraph; Reuters updates may put advisory or bullet lines (<c>(Adds …)</c>,
    /// <c>* …</c>, or bullets as list items) before it, and wire copy and pages the byline's own paragraph (<c>By Joseph Ax</c>).
    /// </summary>
    private static (Dateline? Dateline, int LeadLength) FindLeadDateline(IReadOnlyList<BodyBlock> blocks, Byline? byline, DateTimeOffset? itemDate)
    {
        for (int i = 0; i < Math.Min(blocks.Count, MaxAdvisoryLines + 1); i++)
        {
            string text = blocks[i].Text;
            if (DatelineParser.TryParseLead(text, itemDate, out Dateline? dateline, out int leadLength))
            {
                // The lead's length only matters for the first paragraph (the fallback headline is read after it).
                return (dateline, i == 0 && blocks[0].Kind == BodyBlockKind.Paragraph ? leadLength : 0);
            }

            bool advisoryOrBullet = text.StartsWith('(') || text.StartsWith('*') || blocks[i].Kind is BodyBlockKind.ListItem or BodyBlockKind.OrderedListItem;
            if (!advisoryOrBullet && (byline is null || !BylineParser.IsRepeatOf(text, byline)))
            {
                break;
            }
        }

        return (null, 0);
    }

    // Metadata may name an agency we do not know: it is still the agency, as written.
    private static string? DraftAgency(string? agency)
    {
        string name = TextNormalizer.NormalizeInline(agency);
        if (name.Length == 0)
        {
            return null;
        }

        return AgencyNames.TryCanonicalize(name, out string? canonical) ? canonical : AgencyNames.FindAgency(name) ?? name;
    }

    // Only a known agency counts: "Getty Images" on a picture does not make the story Getty's.
    private static string? LeadPictureAgency(List<Picture> pictures) =>
        pictures.FirstOrDefault()?.Credit?.Agency is { } agency && AgencyNames.TryCanonicalize(agency, out string? canonical) ? canonical : null;

    // The site keeps its name only when it carries another's story: reuters.com with a Reuters story, or a paper's own story, syndicates nothing.
    private static string? Syndicator(string? site, string? agency)
    {
        string name = TextNormalizer.NormalizeInline(site);
        if (name.Length == 0 || agency is null)
        {
            return null;
        }

        string? siteAgency = AgencyNames.TryCanonicalize(name, out string? canonical) ? canonical : AgencyNames.FindAgency(name);
        return string.Equals(siteAgency, agency, StringComparison.Ordinal) ? null : name;
    }

    /// <summary>The first <see cref="WireFallbackHeadlineLength"/> characters of the text, dateline included, paragraphs joined as in the body text.</summary>
    private static string WireFallbackHeadline(IReadOnlyList<BodyBlock> blocks)
    {
        string text = TextNormalizer.JoinParagraphs(blocks.Select(b => b.Text));
        int length = Math.Min(text.Length, WireFallbackHeadlineLength);
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--; // never split a character
        }

        return TextNormalizer.NormalizeInline(text.AsSpan(0, length));
    }

    /// <summary>The first sentence of the lead, cut at a word boundary when long.</summary>
    private static string FallbackHeadline(string lead)
    {
        string text = lead.Trim();
        Match end = SentenceEnd().Match(text);
        string sentence = end.Success ? text[..end.Index] : text;
        if (sentence.Length <= MaxFallbackHeadlineLength)
        {
            return sentence;
        }

        int cut = sentence.LastIndexOf(' ', MaxFallbackHeadlineLength);
        return (cut > 0 ? sentence[..cut] : sentence[..MaxFallbackHeadlineLength]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string? NullIfBlank(string? text)
    {
        string value = TextNormalizer.NormalizeInline(text);
        return value.Length == 0 ? null : value;
    }

    // A full stop after a word of two or more letters ends the sentence ("U.S." does not).
    [GeneratedRegex(@"(?<=\p{L}{2}|\d)[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
