using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// IPTC 7901 streams (dpa, ATS, AFP services): SOH, a header line of space-separated fields, keyword lines, STX,
/// a block of title lines (<c>1ST LEAD</c>, the headline, <c>By …</c>; often ended by <c>=</c>), a blank line, the text.
/// </summary>
public sealed class Iptc7901Extractor : IArticleExtractor
{
    /// <inheritdoc/>
    public string Format => DocumentFormats.Iptc7901;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) =>
        FramedMessage.StartsFramed(head, out ReadOnlySpan<byte> firstLine) && !FramedMessage.HasUnitSeparator(firstLine) && firstLine.IndexOf((byte)' ') > 0;

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default) =>
        StoryCheck.ReadEach(FramedMessage.Split(document), Read, "IPTC 7901", cancellationToken);

    private ExtractedArticle Read(FramedMessage message)
    {
        var article = new ExtractedArticle
        {
            Format = Format,
            Slugline = message.Header.Count > 1 ? TextNormalizer.NormalizeInline(message.Header[^1]) : null,
        };

        string[] lines = FramedMessage.Lines(message.Text);
        int i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        var titleBlock = new List<string>();
        while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]) && !char.IsWhiteSpace(lines[i][0]))
        {
            titleBlock.Add(TextNormalizer.NormalizeInline(lines[i++]));
        }

        ReadTitleBlock(titleBlock, article);
        article.Body.AddRange(PlainTextBody.Split(string.Join('\n', lines[i..])).Select(BodyBlock.Paragraph));
        return article;
    }

    // The headline is the line the desk ended with "=", else the last line that is not the byline
    // (lines above it are version marks such as REFILE or 1ST LEAD). The "=" ends a header line, like ANPA's "<":
    // it is framing, not text.
    private static void ReadTitleBlock(List<string> block, ExtractedArticle article)
    {
        string? byline = block.FirstOrDefault(l => l.StartsWith("By ", StringComparison.OrdinalIgnoreCase));
        article.Byline = WithoutEndMark(byline);
        List<string> titles = block.Where(l => !ReferenceEquals(l, byline)).ToList();
        article.Headline = WithoutEndMark(titles.LastOrDefault(l => l.EndsWith('=')) ?? titles.LastOrDefault());
    }

    private static string? WithoutEndMark(string? line) => line?.TrimEnd('=', ' ') is { Length: > 0 } text ? text : null;
}
