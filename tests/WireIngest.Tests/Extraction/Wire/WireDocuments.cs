using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction.Wire;

/// <summary>Builds documents for wire extractor tests: inline text, or the project's own samples in <c>samples/inbox</c>.</summary>
internal static class WireDocuments
{
    public static byte[] SampleBytes(string name) => File.ReadAllBytes(Samples.Path_(name));

    public static RawDocument Sample(string name) => Samples.Read(name);

    public static RawDocument FromText(string text) => Samples.FromText(text, "inline");

    public static RawDocument FromBytes(byte[] bytes, string name = "inline") => new(DocumentOrigin.FromFile(name), bytes);

    /// <summary>Runs the extractor the way the pipeline does: detection on the head, then extraction.</summary>
    public static IReadOnlyList<ExtractedArticle> Extract(IArticleExtractor extractor, RawDocument document)
    {
        ReadOnlySpan<byte> head = document.Content.Span[..Math.Min(document.Content.Length, DocumentSniffer.HeadLength)];
        Assert.That(extractor.CanExtract(head), Is.True, $"{extractor.GetType().Name} should claim {document.Origin.DisplayName}");
        return extractor.Extract(document);
    }
}
