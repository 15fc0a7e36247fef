using System.Buffers;
using System.Text.Json;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;

namespace WireIngest.Benchmarks;

/// <summary>
/// The two passes issue 5 compares, over the 132 aeb pages held in memory: the DOM parse alone (charset decoding +
/// AngleSharp, the floor any extractor pays) and the whole hot path (extract + normalise + write the message). No
/// BenchmarkDotNet here, so that the native runner (bench/WireIngest.Benchmarks.Native) compiles the same passes ahead of time.
/// </summary>
internal sealed class ExtractionPasses
{
    internal const int Pages = 132;

    private readonly IReadOnlyList<RawDocument> pages;
    // The extractor's own decoding and parser configuration: the same parse on both sides. The parse alone is decoding
    // and AngleSharp only; the extractor's guard against hostile nesting (MarkupNesting, before its parse) counts as extraction.
    private readonly AngleSharp.Html.Parser.HtmlParser parser = HtmlPageParser.CreateParser();
    private readonly ArticlePipeline pipeline = new(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());
    private readonly NinjsMessageWriter writer = new();
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);

    public ExtractionPasses()
    {
        pages = CorpusPages.Load();
        if (pages.Count != Pages)
        {
            throw new InvalidOperationException($"expected {Pages} aeb pages, found {pages.Count}");
        }
    }

    /// <summary>Decodes and parses every page, then disposes its document.</summary>
    public int ParseOnly()
    {
        int nodes = 0;
        foreach (RawDocument page in pages)
        {
            // The top-level node count only, to return something: a walk such as Document.All would add its own time to
            // the baseline (≈ a tenth of a parse) and flatter the ratio.
            using ParsedPage parsed = Parse(page);
            nodes += parsed.Document.ChildNodes.Length;
        }

        return nodes;
    }

    /// <summary>Every page through <see cref="ArticlePipeline.Process"/> and each article into its ninjs message.</summary>
    public long ExtractNormalizeSerialize()
    {
        long bytes = 0;
        foreach (RawDocument page in pages)
        {
            DocumentResult result;
            try
            {
                result = pipeline.Process(page);
            }
            catch (DocumentRejectedException)
            {
                continue;
            }

            foreach (Article article in result.Articles)
            {
                buffer.ResetWrittenCount();
                using var json = new Utf8JsonWriter(buffer, NinjsMessageWriter.GetWriterOptions());
                writer.Write(json, article);
                json.Flush();
                bytes += buffer.WrittenCount;
            }
        }

        return bytes;
    }

    // HtmlPageParser.Parse without its nesting guard.
    private ParsedPage Parse(RawDocument page)
    {
        PooledText text = CharsetDecoder.DecodeHtmlPooled(page.Content.Span, page.ContentType);
        return new ParsedPage(parser.ParseDocument(text.Memory), text);
    }
}
