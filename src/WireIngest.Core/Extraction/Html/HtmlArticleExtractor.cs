using System.Globalization;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Extracts the story of an HTML page (a news site's article page, an agency story on a syndicator's site):
/// headline, body blocks, raw byline, pictures with caption and credit, copyright lines, comment counter and page metadata.
/// Pages that carry no article (index, error, expired, paywall teaser) are rejected with the reason.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    private static readonly ISelector Barriers = ParsedSelectors.Parse("[class*=paywall], [id*=paywall], [class*=subscri], [class*=premium], [class*=regwall], [class*=piano], [class*=meter]");

    // The whole-page selector queries of the locators, answered by one walk per page (PageElements).
    internal static readonly PageQueries Queries = new(
        [new(BylineLocator.Selector), new(HeadlineLocator.Headings), new(HeadlineLocator.HeadingLike), new(StandfirstLocator.SubHeadings),
            new(PageMetadataReader.MetaTags), new(PageMetadataReader.Links), new(PageMetadataReader.Scripts), new(PictureCollector.AnyImage),
            new(ImageAddress.BaseElements)],
        [new(Barriers), new(CommentCounter.Counted), new(PictureCollector.Figures), new(PageMetadataReader.DatePublished), new(PageMetadataReader.TimeElements),
            new(ChoiceBoxes.Inputs)]);

    private static readonly string[] XmlNewsRoots = ["<nitf", "<newsmessage", "<newsml", "<rss", "<feed", "<rdf:rdf", "<newsitem", "<knowledgeitem", "<packageitem"];
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p", "<title", "<!--", "<article", "<section", "<link", "<script", "<style", "<header", "<main", "<table", "<span", "<h1"];

    private const int MinVisibleBody = 200;

    private readonly HtmlPageParser parser = new();

    /// <inheritdoc />
    public string Format => DocumentFormats.Html;

    /// <inheritdoc />
    public bool CanExtract(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> start = DocumentSniffer.TrimStart(head);
        if (start.IsEmpty || start[0] != (byte)'<')
        {
            return false;
        }

        ReadOnlySpan<byte> window = start[..Math.Min(start.Length, 1024)];
        foreach (string root in XmlNewsRoots)
        {
            if (DocumentSniffer.Contains(window, root))
            {
                return false;
            }
        }

        // XML prolog pages (XHTML) still count when an html element follows.
        if (start.StartsWith("<?xml"u8))
        {
            return DocumentSniffer.Contains(start, "<html");
        }

        ReadOnlySpan<byte> near = start[..Math.Min(start.Length, 512)];
        foreach (string marker in HtmlMarkers)
        {
            if (DocumentSniffer.Contains(near, marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        using ParsedPage parsed = parser.Parse(document.Content.Span, document.ContentType);
        cancellationToken.ThrowIfCancellationRequested();
        IDocument page = parsed.Document;
        IElement body = page.Body ?? page.DocumentElement;

        PageElements elements = PageElements.Collect(page, body, Queries);
        PageMetadata metadata = PageMetadataReader.Read(page, elements);
        TextStatistics stats = elements.Statistics;
        IReadOnlyList<IElement> content = ContentLocator.Locate(body, stats);
        cancellationToken.ThrowIfCancellationRequested();

        List<IElement> pictureBoxes = PictureCollector.Containers(body, stats);
        IReadOnlyList<IElement> choiceBoxes = ChoiceBoxes.Find(elements.InBody(ChoiceBoxes.Inputs), stats);
        BodyCollector collector = BodyCollector.Collect(content, stats, pictureBoxes, choiceBoxes);
        string? headline = HeadlineLocator.Find(page, metadata, content, stats);
        List<BodyBlock> blocks = DropHeadlineRepeat(collector.Blocks, headline);
        if (StandfirstLocator.Find(content, stats, metadata.Description) is { Length: > 0 } standfirst && (blocks.Count == 0 || blocks[0].Text != standfirst))
        {
            blocks.Insert(0, BodyBlock.Paragraph(standfirst));
        }

        if (blocks.Sum(b => b.Text.Length) < MinVisibleBody && ArticleBodyFromMetadata(metadata) is { Count: > 0 } fromMetadata)
        {
            blocks = fromMetadata; // Script-rendered pages show no text; their JSON-LD articleBody is the only candidate.
        }

        if (NotArticleRules.Reason(blocks, headline, metadata, stats.LinkCount, BarrierText(stats.Elements)) is { } reason)
        {
            throw new DocumentRejectedException(reason);
        }

        var article = new ExtractedArticle
        {
            Format = DocumentFormats.Html,
            Headline = headline,
            Byline = BylineLocator.Find(page, metadata, content, stats),
            Agency = FirstAgency(metadata.JsonLdOrganisationAuthors.Concat(metadata.JsonLdPersonAuthors).Append(metadata.MetaAuthor)),
            Syndicator = metadata.SiteName ?? metadata.PublisherName ?? HeadlineLocator.SiteFromTitle(metadata.Title),
            CommentCount = CommentCounter.Find(stats, metadata),
            Language = string.IsNullOrWhiteSpace(metadata.Language) ? null : metadata.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            Uri = metadata.CanonicalUrl,
            FirstCreated = metadata.Published,
            VersionCreated = metadata.Modified ?? metadata.Published,
        };
        article.Body.AddRange(blocks);
        // Relative image addresses resolve against the page's address: where it was fetched from, else its canonical one.
        article.Pictures.AddRange(PictureCollector.Collect(pictureBoxes, metadata, stats, ImageAddress.BaseOf(elements, document.Origin.Url ?? metadata.CanonicalUrl)));
        foreach (string line in collector.CopyrightLines.Concat(CopyrightCollector.Collect(body, elements.CopyrightMarks)))
        {
            if (!article.CopyrightLines.Contains(line))
            {
                article.CopyrightLines.Add(line);
            }
        }

        return [article];
    }

    private static List<BodyBlock>? ArticleBodyFromMetadata(PageMetadata metadata)
    {
        if (metadata.ArticleBody is not { Length: >= MinVisibleBody } text)
        {
            return null;
        }

        var blocks = new List<BodyBlock>();
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            string paragraph = TextNormalizer.NormalizeInline(line);
            if (paragraph.Length > 0)
            {
                blocks.Add(BodyBlock.Paragraph(paragraph));
            }
        }

        return blocks;
    }

    // Subscription and registration boxes are chrome to the body, but they tell a teaser from a story.
    private static string BarrierText(PageElements elements)
    {
        var text = new System.Text.StringBuilder();
        foreach (IElement box in elements.InBody(Barriers))
        {
            if (text.Length > 2000)
            {
                break;
            }

            text.Append(HtmlText.Of(box)).Append(' ');
        }

        return text.ToString();
    }

    // Some pages repeat the headline as the first block of the story container.
    private static List<BodyBlock> DropHeadlineRepeat(List<BodyBlock> blocks, string? headline)
    {
        if (headline is not null && blocks.Count > 0 && HeadlineLocator.Same(blocks[0].Text, headline))
        {
            blocks.RemoveAt(0);
        }

        return blocks;
    }

    // An agency named as an author in the page's metadata marks a syndicated agency story (the normaliser's table is the one list).
    private static string? FirstAgency(IEnumerable<string?> names)
    {
        foreach (string? name in names)
        {
            if (AgencyNames.TryCanonicalize(name, out string? agency))
            {
                return agency;
            }
        }

        return null;
    }
}
