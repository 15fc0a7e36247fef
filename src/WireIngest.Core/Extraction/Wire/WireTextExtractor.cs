using System.Text.RegularExpressions;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Agency copy as plain text (Reuters style): the headline on the first line, then only advisory ("trash") lines in
/// brackets, <c>*</c> bullets and a <c>By</c> line until the dateline lead <c>CITY, Date (Reuters) -</c>.
/// That strict opening is what tells wire copy from a saved web page, which has site chrome before the story.
/// </summary>
public sealed partial class WireTextExtractor : IArticleExtractor
{
    /// <summary>Most lines the opening (headline, trash, bullets, byline) may take before the dateline.</summary>
    private const int MaxOpeningLines = 12;

    private const int MaxOpeningLineLength = 300;

    private const int MaxLeadLength = 160;

    /// <inheritdoc/>
    public string Format => DocumentFormats.WireText;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> start = DocumentSniffer.TrimStart(head);
        if (start.IsEmpty || start[0] is (byte)'<' or (byte)'{' or (byte)'[' or 0x01 or 0x16)
        {
            return false;
        }

        // The head may end inside a multi-byte character; the opening is far before that.
        string text = CharsetDecoder.Decode(start);
        return FindDateline(NonBlankLines(text)) > 0;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A file may hold several stories one after another: a story ends with its trailer, its copyright line or a separator
    /// line (<c>----</c>), and the next starts when a headline, opening lines and a dateline lead follow.
    /// </remarks>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        string text = CharsetDecoder.Decode(document.Content.Span, null);
        string[] lines = AllLines(text);
        if (FindDateline(NonBlankLines(lines, 0)) <= 0)
        {
            throw new DocumentRejectedException("not wire text: no headline followed by a dateline lead (CITY (Reuters) -)");
        }

        List<int> starts = StoryStarts(lines);
        if (starts.Count == 1)
        {
            ExtractedArticle story = ReadStory(lines);
            StoryCheck.EnsureStory(story, "wire text");
            return [story];
        }

        IEnumerable<string[]> stories = starts.Select((start, i) => lines[start..(i + 1 < starts.Count ? starts[i + 1] : lines.Length)]);
        return StoryCheck.ReadEach(stories, ReadStory, "wire text", cancellationToken);
    }

    /// <summary>Reads one story whose first non-blank line is its headline and that has a dateline lead.</summary>
    private ExtractedArticle ReadStory(string[] lines)
    {
        lines = lines.Where(l => !Separator().IsMatch(l)).ToArray();
        List<string> opening = NonBlankLines(lines, 0);
        int dateline = FindDateline(opening);
        var article = new ExtractedArticle { Format = Format, Headline = TextNormalizer.NormalizeInline(opening[0]) };
        foreach (string line in opening.Skip(1).Take(dateline - 1).Select(l => TextNormalizer.NormalizeInline(l)))
        {
            if (Bullet().Match(line) is { Success: true } bullet)
            {
                article.Body.Add(new BodyBlock(BodyBlockKind.ListItem, bullet.Groups["text"].Value));
            }
            else
            {
                if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
                {
                    article.Byline ??= line;
                }

                // The trash line and the byline are the provider's copy: they open the body, as in the agency's own feed.
                article.Body.Add(BodyBlock.Paragraph(line));
            }
        }

        int from = Array.FindIndex(lines, l => l.Trim() == opening[dateline].Trim());
        article.Body.AddRange(PlainTextBody.Split(string.Join('\n', lines[from..])).Select(BodyBlock.Paragraph));
        return article;
    }

    /// <summary>Line index where each story starts: 0, then every paragraph after a story's end that opens a new story.</summary>
    private static List<int> StoryStarts(string[] lines)
    {
        var starts = new List<int> { 0 };
        var paragraph = new List<string>();
        string previousParagraph = string.Empty;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || Separator().IsMatch(line))
            {
                if (paragraph.Count > 0)
                {
                    previousParagraph = string.Join(' ', paragraph);
                    paragraph.Clear();
                }

                // A separator line ends a paragraph and a story, even without blank lines around it.
                previousParagraph = line.Length > 0 ? line : previousParagraph;
                continue;
            }

            bool startsParagraph = paragraph.Count == 0;
            paragraph.Add(line);
            if (startsParagraph && i > starts[^1] && EndsStory(previousParagraph) && FindDateline(NonBlankLines(lines, i)) > 0)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    // A trailer "(Reporting by …)", the provider's copyright line or a separator closes a story.
    private static bool EndsStory(string paragraph) =>
        paragraph.Length > 0
        && (Separator().IsMatch(paragraph) || CopyrightParser.LooksLikeCopyright(paragraph) || StoryCreditsParser.TryParse(paragraph, out _));

    private static string[] AllLines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static List<string> NonBlankLines(string text) => NonBlankLines(AllLines(text), 0);

    private static List<string> NonBlankLines(string[] lines, int from) =>
        lines.Skip(from).Where(l => !string.IsNullOrWhiteSpace(l)).Take(MaxOpeningLines + 1).ToList();

    // Index of the dateline line, or -1; every line between the headline and it must be trash, a bullet or the byline.
    private static int FindDateline(List<string> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            // The lead is tested on the line's start only: the match never needs more, and long lines stay cheap.
            if (DatelineLead().IsMatch(lines[i].AsSpan(0, Math.Min(lines[i].Length, MaxLeadLength))))
            {
                return lines[0].Length <= MaxOpeningLineLength ? i : -1;
            }

            string line = lines[i].Trim();
            bool opening = line.Length <= MaxOpeningLineLength
                && (TrashLine().IsMatch(line) || Bullet().IsMatch(line) || line.StartsWith("By ", StringComparison.OrdinalIgnoreCase));
            if (!opening)
            {
                return -1;
            }
        }

        return -1;
    }

    // CITY[, Country][/CITY2...][, Mon D] (Reuters) -   or   Mon D (Reuters) -   (domain reference 1.2)
    [GeneratedRegex(@"^\s*(?:(?:\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?)(?:\s*/\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?)*(?:,\s*\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2})?|\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2})\s+\((?:Reuters|AP|AFP)(?: \p{Lu}\p{Ll}+)?\)\s*[-–—_]")]
    private static partial Regex DatelineLead();

    [GeneratedRegex(@"^\(.+\)$")]
    private static partial Regex TrashLine();

    // "----", "====", "* * *", "#####": a line that only separates stories.
    [GeneratedRegex(@"^\s*(?:[-=_#~]\s*){3,}$|^\s*(?:\*\s*){3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[*•]\s*(?<text>.+)$")]
    private static partial Regex Bullet();
}
