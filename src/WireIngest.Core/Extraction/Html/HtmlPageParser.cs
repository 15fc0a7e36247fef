using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Decodes and parses HTML pages with the one AngleSharp configuration every HTML reading of the worker uses: the full
/// HTML5 tree construction, without scripting, source references, attribute observers or meta handlers. The observers
/// serve a browsing context (they resolve link relations, base URLs and form state as attributes are set); extraction
/// loads nothing and reads attributes as written, and running them for every attribute of every element cost about 3 %
/// of an ingest run. The meta handler switches a byte stream's encoding on <c>&lt;meta charset&gt;</c>: the worker parses
/// text it decoded itself (<see cref="CharsetDecoder"/>), and the handler's first use loaded AngleSharp's encoding table.
/// </summary>
public sealed class HtmlPageParser
{
    private readonly HtmlParser parser = CreateParser();

    /// <summary>A parser with extraction's configuration; safe to share between threads (each parse builds its own document).</summary>
    public static HtmlParser CreateParser() => new(
        new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false },
        BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>().Without<IMetaHandler>()));

    /// <summary>
    /// Decodes the page (<see cref="CharsetDecoder.DecodeHtml"/>'s evidence order) into a pooled buffer and parses it.
    /// Dispose the result once done with its document: that returns the buffer.
    /// </summary>
    /// <exception cref="DocumentRejectedException">The markup nests too deeply to be parsed in reasonable time (<see cref="MarkupNesting"/>).</exception>
    public ParsedPage Parse(ReadOnlySpan<byte> bytes, string? contentType)
    {
        PooledText text = CharsetDecoder.DecodeHtmlPooled(bytes, contentType);
        try
        {
            // Tree construction time grows with the square of the nesting: hostile nesting is refused before parsing.
            MarkupNesting.ThrowIfTooDeep(text.Memory.Span);
            return new ParsedPage(parser.ParseDocument(text.Memory), text);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }
}
