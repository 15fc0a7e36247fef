using System.Text.RegularExpressions;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// ANPA-1312 streams (AP, Kyodo): SYN SYN SOH, a selector line with US, a keyword line, STX, then the text:
/// a slug line, header lines (AP marks them with <c>^</c> and ends them with <c>&lt;</c> or <c>=</c>), indented paragraphs.
/// </summary>
public sealed partial class Anpa1312Extractor : IArticleExtractor
{
    // Kyodo desks whose local time its stamps print, and that time's offset (Japan keeps no daylight saving time).
    private static readonly Dictionary<string, TimeSpan> DeskOffsets = new(StringComparer.Ordinal) { ["KWS"] = TimeSpan.FromHours(9) };

    /// <inheritdoc/>
    public string Format => DocumentFormats.Anpa1312;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) =>
        FramedMessage.StartsFramed(head, out ReadOnlySpan<byte> firstLine) && FramedMessage.HasUnitSeparator(firstLine);

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default) =>
        StoryCheck.ReadEach(FramedMessage.Split(document), Read, "ANPA-1312", cancellationToken);

    private ExtractedArticle Read(FramedMessage message)
    {
        var article = new ExtractedArticle { Format = Format };
        var lines = new Queue<string>(FramedMessage.Lines(message.Text).SkipWhile(string.IsNullOrWhiteSpace));
        if (lines.Count > 0)
        {
            article.Slugline = SlugLine(lines.Dequeue());
        }

        // Header lines: not indented, and either ended by a terminator or the first one (the headline).
        while (lines.Count > 0 && IsHeaderLine(lines.Peek(), article.Headline is null))
        {
            string line = Unmark(lines.Dequeue());
            if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && article.Byline is null)
            {
                article.Byline = line;
            }
            else
            {
                article.Headline ??= line;
            }
        }

        article.FirstCreated = article.VersionCreated = PostTextTimeStamp(message.Trailer);

        // AP starts each text line with "^" as well: it opens a paragraph, like an indent.
        IEnumerable<string> body = lines.Select(l => l.StartsWith('^') ? "  " + l[1..] : l);
        article.Body.AddRange(PlainTextBody.Split(string.Join('\n', body)).Select(BodyBlock.Paragraph));
        return article;
    }

    // The post-text time stamp after ETX, the only date an ANPA message carries with its year (the selector line's
    // "11-13 1049" has none): AP's "AP-WF-11-13-13 1509GMT" (service, desk, month-day-year, UTC send time) and Kyodo's
    // "KWS-21:37-09-12-18" (desk, local time, day-month-year; the KWS desk keeps Tokyo time, as Superdesk's Belga parser
    // maps it). A stamp of another desk, or an impossible date, leaves the story undated.
    private static DateTimeOffset? PostTextTimeStamp(string trailer)
    {
        Match stamp = ApTimeStamp().Match(trailer);
        TimeSpan offset = TimeSpan.Zero;
        if (!stamp.Success)
        {
            stamp = KyodoTimeStamp().Match(trailer);
            if (!stamp.Success || !DeskOffsets.TryGetValue(stamp.Groups["desk"].Value, out offset))
            {
                return null;
            }
        }

        int Part(string name) => int.Parse(stamp.Groups[name].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return WireDates.FromParts(2000 + Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"), 0, offset)?.ToUniversalTime();
    }

    private static bool IsHeaderLine(string line, bool headlinePending) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && (headlinePending || TerminatedLine().IsMatch(line));

    // "^BC-LT--Argentina-Cancer Beauty,466<": the keyword and word count of the take.
    private static string? SlugLine(string line)
    {
        string slug = WordCount().Replace(Unmark(line), string.Empty);
        return slug.Length > 0 ? slug : null;
    }

    private static string Unmark(string line) => TextNormalizer.NormalizeInline(line.Trim().TrimStart('^').TrimEnd('<', '=', '+', ' ', '\t'));

    [GeneratedRegex(@"^[A-Z]{1,8}-[A-Z]{1,8}-(?<month>\d{2})-(?<day>\d{2})-(?<year>\d{2}) (?<hour>\d{2})(?<minute>\d{2}) ?GMT\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApTimeStamp();

    [GeneratedRegex(@"^(?<desk>[A-Z]{3})-(?<hour>\d{2}):(?<minute>\d{2})-(?<day>\d{2})-(?<month>\d{2})-(?<year>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex KyodoTimeStamp();

    [GeneratedRegex(@"[<=+]\s*$")]
    private static partial Regex TerminatedLine();

    [GeneratedRegex(@",\s*\d+\s*$")]
    private static partial Regex WordCount();
}
