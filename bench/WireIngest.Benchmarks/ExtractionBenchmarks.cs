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
    private readonly HtmlPageParser _parser = new(); // The extractor's own decoding and parser configuration: the same parse on both sides.
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
            using ParsedPage parsed = _parser.Parse(page.Content.Span, page.ContentType);
            nodes += parsed.Document.All.Length;
        }

        return nodes;
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
