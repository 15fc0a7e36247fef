using System.Text.RegularExpressions;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Text;

/// <summary>
/// Recognises the kinds of line a web page leaves in a plain-text dump: prose, counters, vote tallies,
/// login/share chrome, bylines, copyright lines, picture credits. Patterns come from how pages render, never from one site.
/// </summary>
internal static partial class TextLineClassifier
{
    /// <summary>A prose paragraph: enough words, or a sentence ending.</summary>
    public static bool IsProse(string line)
    {
        int words = CountWords(line);
        if (words >= 20)
        {
            return true;
        }

        return words >= 7 && EndsLikeSentence(line);
    }

    /// <summary>A line that reads like a headline: a handful of words, no sentence-final period, not a counter or chrome.</summary>
    public static bool IsTitleLike(string line)
    {
        int words = CountWords(line);
        return words is >= 3 and <= 30
            && line.Length <= 250
            && !line.EndsWith('.')
            && !IsCounter(line)
            && !IsChrome(line)
            && !IsByline(line)
            && !IsCopyright(line)
            && !HasPictureCredit(line);
    }

    public static bool IsByline(string line) => line.Length <= 160 && BylinePattern().IsMatch(line);

    /// <summary>A comment counter such as <c>10 Comments</c>; returns the count.</summary>
    public static bool TryParseCommentCounter(string line, out int count)
    {
        Match m = CommentCounterPattern().Match(line);
        count = 0;
        return m.Success && int.TryParse(m.Groups[1].ValueSpan.ToString().Replace(",", string.Empty, StringComparison.Ordinal), out count);
    }

    public static bool IsCounter(string line) => TryParseCommentCounter(line, out _) || VoteTallyPattern().IsMatch(line);

    /// <summary>A reader-comment vote tally such as <c>-4 ( +4 / -8 )</c>: proof that a comment thread has begun.</summary>
    public static bool IsVoteTally(string line) => VoteTallyPattern().IsMatch(line);

    /// <summary>Comment-thread openers: <c>Login to comment</c>, <c>Leave a comment</c>, <c>Comments</c>.</summary>
    public static bool IsCommentSectionMarker(string line) => CommentMarkerPattern().IsMatch(line);

    public static bool IsCopyright(string line) => CopyrightParser.LooksLikeCopyright(line);

    /// <summary>Site chrome inside or around the article: ads, share and login prompts, read-more teasers, licensing links.</summary>
    public static bool IsChrome(string line) => line.Length <= 120 && ChromePattern().IsMatch(line);

    /// <summary>A caption line that carries an agency picture credit (or a site's <c>Image:</c>/<c>Photo:</c> credit).</summary>
    public static bool HasPictureCredit(string line) => PictureCreditPattern().IsMatch(line);

    /// <summary>A caption left inside the body: it ends with an agency credit or opens with <c>FILE PHOTO:</c>.</summary>
    public static bool EndsWithPictureCredit(string line) => TrailingCreditPattern().IsMatch(line);

    /// <summary>
    /// A line of program source rather than prose: it ends a statement or block (<c>;</c>, <c>{</c>, <c>}</c>), opens with a
    /// comment marker or a declaration keyword, or holds an operator prose does not use (<c>=&gt;</c>, <c>==</c>, <c>&amp;&amp;</c>).
    /// </summary>
    public static bool IsCode(string line) => CodePattern().IsMatch(line);

    /// <summary>
    /// A setting of a configuration file: one key, a colon or equals sign, then a value or nothing (YAML <c>image: nginx</c>,
    /// <c>- name: x</c>, INI <c>level=debug</c>) or a section header (<c>[logging]</c>). A page's <c>Image: Reuters/…</c> line
    /// has this shape too; a share of such lines, not one, tells a configuration file.
    /// </summary>
    public static bool IsSetting(string line) => SettingPattern().IsMatch(line);

    /// <summary>
    /// A line of technical Markdown: a table row, a code fence, or a line holding an inline code span (<c>`dotnet test`</c>);
    /// news copy (and its text dumps) does not set words in backticks.
    /// </summary>
    public static bool IsTechnicalMarkdown(string line) => TechnicalMarkdownPattern().IsMatch(line);

    /// <summary>An expiry or removal stub instead of an article.</summary>
    public static bool IsRemovalNotice(string line) => RemovalNoticePattern().IsMatch(line);

    public static int CountWords(string line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static bool EndsLikeSentence(string line)
    {
        string trimmed = line.TrimEnd('"', '\'', '”', '’', ')', '»', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or '。' or '…';
    }

    [GeneratedRegex(@"^(?:by|von|par|por|door)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^(\d[\d,]*)\s+(?:comments?|responses?|reactions?|replies|kommentare?|commentaires?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCounterPattern();

    [GeneratedRegex(@"^[-+]?\d+\s*\(\s*\+\d+\s*/\s*-\d+\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteTallyPattern();

    [GeneratedRegex(@"^(?:(?:log ?in|sign ?in|register)\s+to\s+(?:leave\s+a\s+)?(?:comment|reply)|leave\s+a\s+(?:comment|reply)|(?:reader\s+)?comments?|post\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|show\s+comments)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentMarkerPattern();

    [GeneratedRegex(@"^(?:advertisement|sponsored(?:\s+content)?|read\s+more\b.*|related(?:\s+(?:stories|articles|news))?:?|share(?:\s+this(?:\s+article)?)?|(?:acquire|purchase)\s+licensing\s+rights|our\s+standards:\s+the\s+thomson\s+reuters\s+trust\s+principles\.?(?:,\s*opens\s+new\s+tab)?|slideshow\s*\(\s*\d+\s+images?\s*\)|(?:\d+\s+)?min(?:ute)?s?\s+read|subscribe(?:\s+to\s+.*)?|sign\s+up\b.*|follow\s+us\b.*|facebook|twitter|x|linkedin|email|print|whatsapp|(?:facebook|twitter)\s+users?|facebook\s+connect|user\s+registration|(?:log ?in|sign ?in)\b.*(?:account|register).*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromePattern();

    [GeneratedRegex(@"(?:\b(?:REUTERS|Reuters)\s*/\s*\p{L}|\bvia\s+(?:REUTERS|Reuters|AP|AFP)\b|\(AP\s+Photo\b|\(AFP\s+PHOTO\b|\b(?:Image|Photo|Picture|Credit|Foto)\s*:\s*\S|\bFILE\s+PHOTO\s*:|\bphoto\s+credit\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex PictureCreditPattern();

    [GeneratedRegex(@"(?:^FILE\s+PHOTO\s*:|(?:\bREUTERS/[\p{L} .'-]{2,60}(?:/File\s+Photo)?|\(AP\s+Photo/[^)]{2,80}\)|\(AFP\s+PHOTO\s*/[^)]{2,80}\)|\bvia\s+REUTERS(?:/File\s+Photo)?|\b(?:Image|Photo)\s*:\s*[\p{L} .'/-]{2,80})\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    [GeneratedRegex(@"(?:article\s+(?:you\s+(?:requested|are\s+looking\s+for)\s+)?(?:has|have)\s+(?:expired|been\s+removed)|requested\s+article\s+has\s+expired|this\s+(?:article|story|page)\s+(?:has\s+been|was)\s+(?:removed|deleted|withdrawn)|this\s+(?:article|story)\s+is\s+no\s+longer\s+available|page\s+not\s+found|404\s+not\s+found)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemovalNoticePattern();

    [GeneratedRegex(@"[;{}]$|^(?://|/\*|\*/|#include\b|#!|using\s+[\w.]+;|import\s|from\s[\w.]+\simport\s|package\s|namespace\s|(?:public|private|protected|internal|static)\s|def\s\w+\(|function\s*\w*\(|return\s|(?:if|elif|else|for|while|try|except|with)\b.*:$|(?:fi|done|esac|then|do)$|set\s-)|=>|[=!]==?\s|&&|\|\||\$\(", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\s*(?:-\s+)?[\w.\-""']{1,60}\s*(?::(?:\s|$)|=[^=])|^\[[\w. \-]{1,60}\]$", RegexOptions.CultureInvariant)]
    private static partial Regex SettingPattern();

    [GeneratedRegex(@"^\|.*\|$|^(?:```|~~~)|(?<!\p{L})`[^`\s][^`]*`(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalMarkdownPattern();
}
