using System.Text;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Splits wire text into paragraphs the way agencies lay it out: a blank line or an indented line starts
/// a paragraph; other lines continue the one before (wire copy wraps at a fixed width).
/// </summary>
internal static class PlainTextBody
{
    private const int MinLaidOutParagraphs = 2;

    /// <summary>Paragraph texts, normalised, empty ones dropped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="dedent">Remove the indentation all lines share first (text taken out of pretty-printed XML); framed wire text keeps it, since there every paragraph is indented.</param>
    public static List<string> Split(string text, bool dedent = false)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int indent = dedent ? CommonIndent(lines) : 0;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (string raw in lines)
        {
            string line = raw.Length >= indent ? raw[indent..] : raw.TrimStart();
            bool blank = string.IsNullOrWhiteSpace(line);
            bool indented = !blank && char.IsWhiteSpace(line[0]);
            if (blank || indented)
            {
                Flush(current, paragraphs);
            }

            if (!blank)
            {
                current.Append(line).Append(' ');
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>
    /// Whether text inside a markup paragraph keeps the wire's own layout (Reuters G2 puts a whole story in one <c>&lt;p&gt;</c>):
    /// after the first line, some lines are indented (a paragraph starts) and some start at the margin (a wrapped line continues).
    /// Pretty-printed XML indents every line alike, so it never looks laid out.
    /// </summary>
    public static bool IsLaidOut(string text)
    {
        int indented = 0;
        int margin = 0;
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n').Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                indented++;
            }
            else
            {
                margin++;
            }
        }

        return indented >= MinLaidOutParagraphs && margin > 0;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string paragraph = TextNormalizer.NormalizeInline(current.ToString());
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    // Text taken out of pretty-printed XML carries the element's indentation on every line; it is not a paragraph mark.
    private static int CommonIndent(string[] lines)
    {
        int common = int.MaxValue;
        foreach (string line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            int indent = 0;
            while (indent < line.Length && line[indent] is ' ' or '\t')
            {
                indent++;
            }

            common = Math.Min(common, indent);
        }

        return common == int.MaxValue ? 0 : common;
    }
}
