using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Text;

/// <summary>
/// Reads a plain-text dump of a web page (what a browser's "save as text" or a crawler's text view gives):
/// site chrome, picture caption, headline, counter, byline, body, copyright lines, then reader comments.
/// The body is the run of prose that starts after the byline (or the headline) and ends at the first copyright line,
/// comment-thread marker or vote tally.
/// </summary>
public sealed partial class TextPageExtractor : IArticleExtractor
{
    // A page keeps its furniture near the top: the headline is looked for this many lines above the body.
    private const int HeadlineLookBack = 12;

    // Fewer code-like lines than this prove nothing (a dump may quote a line of code); so does a share under 30 %.
    private const int MinCodeLines = 5;

    // News copy never sets words in backticks or tables in pipes, so fewer such lines tell a technical document.
    private const int MinMarkdownLines = 3;

    // A page dump shows a few "Key: value" lines (a picture credit, a date); a configuration file is mostly settings.
    private const int MinSettingPercent = 50;

    public string Format => DocumentFormats.Text;

    /// <summary>Any text that is not markup or JSON; the selector asks this extractor last.</summary>
    public bool CanExtract(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> start = DocumentSniffer.TrimStart(head);
        return !start.IsEmpty && start[0] is not ((byte)'<' or (byte)'{' or (byte)'[') && !DocumentSniffer.LooksBinary(head);
    }

    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        string text = CharsetDecoder.Decode(document.Content.Span, CharsetOf(document.ContentType));
        List<TextLine> lines = ReadLines(text);
        if (lines.Count == 0)
        {
            throw new DocumentRejectedException("empty file");
        }

        RejectTechnicalFile(lines);

        int bodyStart = FindBodyStart(lines);
        if (bodyStart < 0)
        {
            throw new DocumentRejectedException(lines.Exists(l => TextLineClassifier.IsRemovalNotice(l.Text))
                ? "not an article: expired or removed notice"
                : "not an article: no body paragraph found");
        }

        int bodyEnd = FindBodyEnd(lines, bodyStart);
        var article = new ExtractedArticle { Format = DocumentFormats.Text };
        ReadHeader(lines, bodyStart, article);
        ReadBody(lines, bodyStart, bodyEnd, article);
        if (article.Body.Count <= 2 && lines.Exists(l => TextLineClassifier.IsRemovalNotice(l.Text)))
        {
            throw new DocumentRejectedException("not an article: expired or removed notice");
        }

        ReadFooter(lines, bodyStart, bodyEnd, article);
        article.Syndicator = SiteNameDetector.Detect(lines, bodyEnd, document.Origin.Url);
        return [article];
    }

    /// <summary>
    /// A source, configuration or documentation file dropped into a watched folder reads line by line like a text page (its
    /// comments and paragraphs as prose): not a story. Each kind needs a few telling lines and a share of them.
    /// </summary>
    private static void RejectTechnicalFile(List<TextLine> lines)
    {
        int code = 0, settings = 0, markdown = 0;
        foreach (TextLine line in lines)
        {
            code += TextLineClassifier.IsCode(line.Text) ? 1 : 0;
            settings += TextLineClassifier.IsSetting(line.Text) ? 1 : 0;
            markdown += TextLineClassifier.IsTechnicalMarkdown(line.Text) ? 1 : 0;
        }

        if (code >= MinCodeLines && code * 10 >= lines.Count * 3)
        {
            throw new DocumentRejectedException($"not an article: program source ({code} of {lines.Count} lines are code)");
        }

        if (settings >= MinCodeLines && settings * 100 >= lines.Count * MinSettingPercent)
        {
            throw new DocumentRejectedException($"not an article: configuration file ({settings} of {lines.Count} lines are settings)");
        }

        if (markdown >= MinMarkdownLines && markdown * 10 >= lines.Count * 3)
        {
            throw new DocumentRejectedException($"not an article: technical document ({markdown} of {lines.Count} lines hold code, tables or fences)");
        }
    }

    // A dump saved as Markdown marks its headline and subheads with "# ": the words are the line ("#hashtag" is not a heading).
    private static ReadOnlySpan<char> MarkdownHeadingText(ReadOnlySpan<char> line)
    {
        int marks = line.IndexOfAnyExcept('#');
        return marks is >= 1 and <= 6 && line[marks] == ' ' ? line[marks..] : line;
    }

    private static string? CharsetOf(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.CharSet : null;

    private static List<TextLine> ReadLines(string text)
    {
        var lines = new List<TextLine>();
        bool afterBlank = true;
        foreach (ReadOnlySpan<char> raw in text.AsSpan().EnumerateLines())
        {
            string line = TextNormalizer.NormalizeInline(MarkdownHeadingText(raw));
            if (line.Contains("](", StringComparison.Ordinal))
            {
                // A Markdown dump's links read as their words, its pictures as nothing: "[Reuters](https://…)" -> "Reuters".
                line = MarkdownLink().Replace(MarkdownImage().Replace(line, string.Empty), "${text}").Trim();
            }

            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            lines.Add(new TextLine(line, lines.Count, afterBlank));
            afterBlank = false;
        }

        return lines;
    }

    /// <summary>The first prose line after the last byline of the page head, else the first prose line that is not a caption.</summary>
    private static int FindBodyStart(List<TextLine> lines)
    {
        int firstProse = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string t = lines[i].Text;
            if (TextLineClassifier.IsVoteTally(t))
            {
                break; // a comment thread has begun: whatever prose follows is readers', not the article's
            }

            if (TextLineClassifier.IsByline(t))
            {
                int afterByline = NextProse(lines, i + 1);
                if (afterByline >= 0)
                {
                    return afterByline;
                }
            }

            if (firstProse < 0 && IsProseParagraph(t))
            {
                firstProse = BlockStart(lines, i);
            }
        }

        return firstProse;
    }

    private static int NextProse(List<TextLine> lines, int from)
    {
        for (int i = from; i < lines.Count && i < from + 4; i++)
        {
            if (IsProseParagraph(lines[i].Text))
            {
                return BlockStart(lines, i);
            }
        }

        return -1;
    }

    /// <summary>In a hard-wrapped dump a paragraph's sentence may end lines below its start: back up to the wrapped block's first line.</summary>
    private static int BlockStart(List<TextLine> lines, int index)
    {
        while (index > 0 && !lines[index].AfterBlank && lines[index - 1].Text.Length is >= 55 and <= 100
            && !TextLineClassifier.IsByline(lines[index - 1].Text))
        {
            index--;
        }

        return index;
    }

    private static bool IsProseParagraph(string line) =>
        TextLineClassifier.IsProse(line) && !TextLineClassifier.HasPictureCredit(line) && !TextLineClassifier.IsCopyright(line)
        && !TextLineClassifier.IsRemovalNotice(line);

    private static bool IsBodyStopper(string line) =>
        TextLineClassifier.IsCopyright(line) || TextLineClassifier.IsCounter(line) || TextLineClassifier.IsCommentSectionMarker(line);

    private static int FindBodyEnd(List<TextLine> lines, int bodyStart)
    {
        for (int i = bodyStart + 1; i < lines.Count; i++)
        {
            if (IsBodyStopper(lines[i].Text))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static void ReadHeader(List<TextLine> lines, int bodyStart, ExtractedArticle article)
    {
        for (int i = 0; i < bodyStart; i++)
        {
            string t = lines[i].Text;
            if (TextLineClassifier.IsByline(t))
            {
                article.Byline = t; // the last one before the body wins: nearest to the story
            }
            else if (article.CommentCount is null && TextLineClassifier.TryParseCommentCounter(t, out int count))
            {
                article.CommentCount = count;
            }
            else if (TextLineClassifier.HasPictureCredit(t) && TextLineClassifier.CountWords(t) >= 4)
            {
                article.Pictures.Add(new RawPicture(t));
            }
        }

        article.Headline = FindHeadline(lines, bodyStart);
    }

    /// <summary>Walks up from the body past byline, counters, dates and section labels to the nearest headline-like line.</summary>
    private static string? FindHeadline(List<TextLine> lines, int bodyStart)
    {
        for (int i = bodyStart - 1; i >= 0 && i >= bodyStart - HeadlineLookBack; i--)
        {
            string t = lines[i].Text;
            if (TextLineClassifier.HasPictureCredit(t))
            {
                break; // above the caption lies the picture's own title and site chrome
            }

            if (TextLineClassifier.IsTitleLike(t))
            {
                return t;
            }
        }

        return null;
    }

    private static void ReadBody(List<TextLine> lines, int bodyStart, int bodyEnd, ExtractedArticle article)
    {
        bool hardWrapped = LooksHardWrapped(lines, bodyStart, bodyEnd);
        string? pending = null;
        for (int i = bodyStart; i < bodyEnd; i++)
        {
            TextLine line = lines[i];
            if (TextLineClassifier.IsChrome(line.Text))
            {
                continue;
            }

            if (TextLineClassifier.EndsWithPictureCredit(line.Text))
            {
                article.Pictures.Add(new RawPicture(line.Text));
                continue;
            }

            if (hardWrapped && !line.AfterBlank && pending is not null)
            {
                pending += " " + line.Text;
                continue;
            }

            if (pending is not null)
            {
                article.Body.Add(BodyBlock.Paragraph(pending));
            }

            pending = line.Text;
        }

        if (pending is not null)
        {
            article.Body.Add(BodyBlock.Paragraph(pending));
        }
    }

    /// <summary>A dump wrapped at a fixed width: most body lines are long, similar in length, and run on without blank lines.</summary>
    private static bool LooksHardWrapped(List<TextLine> lines, int bodyStart, int bodyEnd)
    {
        int runOn = 0, total = 0;
        for (int i = bodyStart + 1; i < bodyEnd; i++)
        {
            total++;
            if (!lines[i].AfterBlank && lines[i - 1].Text.Length is >= 55 and <= 100)
            {
                runOn++;
            }
        }

        return total >= 3 && runOn * 2 > total;
    }

    /// <summary>Copyright lines after the body (the agency's and the site's), and the page's counter when the head had none.</summary>
    private static void ReadFooter(List<TextLine> lines, int bodyStart, int bodyEnd, ExtractedArticle article)
    {
        for (int i = bodyStart; i < lines.Count; i++)
        {
            string t = lines[i].Text;
            if (TextLineClassifier.IsCopyright(t) && !article.CopyrightLines.Contains(t))
            {
                article.CopyrightLines.Add(t);
            }
        }

        // Only the counter right after the article counts: further down, numbers belong to the comments.
        for (int i = bodyEnd; article.CommentCount is null && i < lines.Count && i < bodyEnd + 4; i++)
        {
            if (TextLineClassifier.TryParseCommentCounter(lines[i].Text, out int count))
            {
                article.CommentCount = count;
            }
        }
    }

    [GeneratedRegex(@"!\[[^\]\n]{0,300}\]\((?:https?://|/)[^)\s]{0,2000}\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[(?<text>[^\]\n]{1,300})\]\((?:https?://|/|#)[^)\s]{0,2000}(?:\s+""[^""\n]{0,200}"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
