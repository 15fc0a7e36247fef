using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;

namespace WireIngest.Benchmarks;

/// <summary>
/// Per page of the aeb corpus: the DOM parse alone (charset decoding + AngleSharp, the floor any extractor pays)
/// against the whole hot path (extract + normalise + write the message). Issue 5 asks full/parse ≤ 1.5 in time and bytes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(MedianConfig))]
public class ExtractionBenchmarks
{
    internal const int Pages = 132;

    private IReadOnlyList<RawDocument> _pages = null!;
    // The extractor's own decoding and parser configuration: the same parse on both sides. The parse alone is decoding
    // and AngleSharp only; the extractor's guard against hostile nesting (MarkupNesting, before its parse) counts as extraction.
    private readonly AngleSharp.Html.Parser.HtmlParser _parser = HtmlPageParser.CreateParser();
    private readonly ArticlePipeline _pipeline = new(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer());
    private readonly NinjsMessageWriter _writer = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _pages = CorpusPages.Load();
        if (_pages.Count != Pages)
        {
            throw new InvalidOperationException($"expected {Pages} aeb pages, found {_pages.Count}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public int ParseOnly()
    {
        int nodes = 0;
        foreach (RawDocument page in _pages)
        {
            // The top-level node count only, to return something: a walk such as Document.All would add its own time to
            // the baseline (≈ a tenth of a parse) and flatter the ratio.
            using ParsedPage parsed = Parse(page);
            nodes += parsed.Document.ChildNodes.Length;
        }

        return nodes;
    }

    // HtmlPageParser.Parse without its nesting guard.
    private ParsedPage Parse(RawDocument page)
    {
        PooledText text = CharsetDecoder.DecodeHtmlPooled(page.Content.Span, page.ContentType);
        return new ParsedPage(_parser.ParseDocument(text.Memory), text);
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public long ExtractNormalizeSerialize()
    {
        long bytes = 0;
        foreach (RawDocument page in _pages)
        {
            DocumentResult result;
            try
            {
                result = _pipeline.Process(page);
            }
            catch (DocumentRejectedException)
            {
                continue;
            }

            foreach (Article article in result.Articles)
            {
                _buffer.ResetWrittenCount();
                using var json = new Utf8JsonWriter(_buffer, NinjsMessageWriter.GetWriterOptions());
                _writer.Write(json, article);
                json.Flush();
                bytes += _buffer.WrittenCount;
            }
        }

        return bytes;
    }
}
