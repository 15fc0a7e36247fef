using System.Text.Json;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Wire;
using WireIngest.Core.Model;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction.Wire;

/// <summary>Real agency files of the shared corpus (third-party, read in place): each is claimed by exactly one wire extractor and yields stories or a rejection with a reason, never another exception.</summary>
[TestFixture]
public sealed class WireCorpusTests
{
    private static readonly IArticleExtractor[] All =
    [
        new NewsMlG2Extractor(), new NitfExtractor(), new NewsMl12Extractor(), new ApMediaApiExtractor(),
        new NinjsExtractor(), new Anpa1312Extractor(), new Iptc7901Extractor(), new WireTextExtractor(),
    ];

    // Formats of the corpus that are wire formats this project reads (gold.json "format" values start with these).
    private static readonly string[] WireFormats = ["newsml", "nitf", "json", "anpa", "iptc7901"];

    [Test]
    public void Extract_EveryCorpusWireFile_OneExtractorClaimsItAndEveryStoryHasHeadlineOrText()
    {
        string corpus = Samples.CorpusOrIgnore();
        List<string> files = WireFiles(corpus);
        var reader = new DocumentReader();

        Assert.That(files, Has.Count.GreaterThan(50));
        Assert.Multiple(() =>
        {
            foreach (string file in files)
            {
                RawDocument document = reader.ReadFile(Path.Combine(corpus, file));
                ReadOnlySpan<byte> head = document.Content.Span[..Math.Min(document.Content.Length, DocumentSniffer.HeadLength)];
                var claims = new List<IArticleExtractor>();
                foreach (IArticleExtractor extractor in All)
                {
                    if (extractor.CanExtract(head))
                    {
                        claims.Add(extractor);
                    }
                }

                Assert.That(claims, Has.Count.EqualTo(1), file);
                if (claims.Count == 1)
                {
                    AssertStoriesOrReason(claims[0], document, file);
                }
            }
        });
    }

    private static void AssertStoriesOrReason(IArticleExtractor extractor, RawDocument document, string file)
    {
        try
        {
            IReadOnlyList<ExtractedArticle> stories = extractor.Extract(document);
            Assert.That(stories, Is.Not.Empty, file);
            Assert.That(stories.Where(s => s.Headline is null && s.Body.Count == 0), Is.Empty, file + ": a story without headline and text");
        }
        catch (DocumentRejectedException ex)
        {
            Assert.That(ex.Message, Is.Not.Empty, file);
        }
    }

    private static List<string> WireFiles(string corpus)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "gold.json")));
        return gold.RootElement.EnumerateObject()
            .Where(e => e.Value.ValueKind == JsonValueKind.Object && e.Value.TryGetProperty("format", out JsonElement format)
                && WireFormats.Any(w => format.GetString()!.StartsWith(w, StringComparison.Ordinal)))
            .Select(e => e.Name)
            .ToList();
    }
}
