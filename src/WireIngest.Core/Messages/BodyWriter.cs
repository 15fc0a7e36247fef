using System.Buffers;
using System.Text.Json;
using WireIngest.Core.Model;

namespace WireIngest.Core.Messages;

/// <summary>
/// Writes <c>bodies</c>: a <c>text/plain</c> body (blocks separated by one blank line) and a <c>text/html</c> body generated from
/// the blocks. The HTML is built, never copied: only <c>p</c>, <c>h2</c>, <c>ul</c>, <c>ol</c>, <c>li</c> and <c>blockquote</c>,
/// no attributes at all, and every text HTML-encoded, so the source's markup (a script, an event handler, a link) can only
/// ever come out as visible text. Values are written in segments, without building the body as one string.
/// </summary>
internal static class BodyWriter
{
    private const string BlockSeparator = "\n\n";

    // OWASP's rule for untrusted data in HTML element content: encode & < > " '.
    private static readonly SearchValues<char> HtmlSpecialCharacters = SearchValues.Create("&<>\"'");

    public static void WriteBodies(Utf8JsonWriter writer, IReadOnlyList<BodyBlock> blocks)
    {
        if (!AnyText(blocks))
        {
            return;
        }

        writer.WriteStartArray("bodies"u8);
        WriteBody(writer, "text/plain"u8);
        WritePlainText(writer, blocks);
        writer.WriteEndObject();
        WriteBody(writer, "text/html"u8);
        WriteHtml(writer, blocks);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>Opens one body object up to its <c>value</c>; the caller writes the value and closes the object.</summary>
    private static void WriteBody(Utf8JsonWriter writer, ReadOnlySpan<byte> contentType)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, "main"u8);
        writer.WriteString("contentType"u8, contentType);
        writer.WritePropertyName("value"u8);
    }

    private static void WritePlainText(Utf8JsonWriter writer, IReadOnlyList<BodyBlock> blocks)
    {
        bool first = true;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!HasText(block))
            {
                continue;
            }

            if (!first)
            {
                writer.WriteStringValueSegment(BlockSeparator, isFinalSegment: false);
            }

            writer.WriteStringValueSegment(block.Text, isFinalSegment: false);
            first = false;
        }

        writer.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
    }

    private static void WriteHtml(Utf8JsonWriter writer, IReadOnlyList<BodyBlock> blocks)
    {
        HtmlTag? openList = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!HasText(block))
            {
                continue;
            }

            // Consecutive items of one kind share one list; any other block, or the other list kind, closes it.
            HtmlTag? list = ListElementFor(block.Kind);
            if (list != openList)
            {
                WriteSegment(writer, openList?.Close);
                WriteSegment(writer, list?.Open);
                openList = list;
            }

            HtmlTag element = ElementFor(block.Kind);
            WriteSegment(writer, element.Open);
            WriteHtmlEncoded(writer, block.Text);
            WriteSegment(writer, element.Close);
        }

        WriteSegment(writer, openList?.Close);
        writer.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
    }

    private static void WriteHtmlEncoded(Utf8JsonWriter writer, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int special = text.IndexOfAny(HtmlSpecialCharacters);
            if (special < 0)
            {
                writer.WriteStringValueSegment(text, isFinalSegment: false);
                return;
            }

            if (special > 0)
            {
                writer.WriteStringValueSegment(text[..special], isFinalSegment: false);
            }

            writer.WriteStringValueSegment(EntityFor(text[special]), isFinalSegment: false);
            text = text[(special + 1)..];
        }
    }

    // A tag is written as one segment: each segment costs the writer a validation and an escaping pass.
    private static void WriteSegment(Utf8JsonWriter writer, string? text)
    {
        if (text is not null)
        {
            writer.WriteStringValueSegment(text, isFinalSegment: false);
        }
    }

    private static HtmlTag ElementFor(BodyBlockKind kind) => kind switch
    {
        BodyBlockKind.Subhead => HtmlTag.H2,
        BodyBlockKind.ListItem or BodyBlockKind.OrderedListItem => HtmlTag.Li,
        BodyBlockKind.Quote => HtmlTag.Blockquote,
        _ => HtmlTag.P,
    };

    private static HtmlTag? ListElementFor(BodyBlockKind kind) => kind switch
    {
        BodyBlockKind.ListItem => HtmlTag.Ul,
        BodyBlockKind.OrderedListItem => HtmlTag.Ol,
        _ => null,
    };

    private static string EntityFor(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };

    private static bool AnyText(IReadOnlyList<BodyBlock> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (HasText(blocks[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasText(BodyBlock block) => !string.IsNullOrWhiteSpace(block.Text);

    /// <summary>An element's opening and closing tags, spelled out once.</summary>
    private sealed class HtmlTag
    {
        public static readonly HtmlTag P = new("p");
        public static readonly HtmlTag H2 = new("h2");
        public static readonly HtmlTag Li = new("li");
        public static readonly HtmlTag Blockquote = new("blockquote");
        public static readonly HtmlTag Ul = new("ul");
        public static readonly HtmlTag Ol = new("ol");

        private HtmlTag(string name)
        {
            Open = "<" + name + ">";
            Close = "</" + name + ">";
        }

        public string Open { get; }

        public string Close { get; }
    }
}
