using System.IO.Compression;
using System.Text.Json;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>
/// Runs the extractor over the shared evaluation corpus (<c>../shared/corpus</c> beside the repository):
/// every real page yields a story or a reasoned rejection, and nearly all yield a story with a headline and body.
/// The scorer measures quality; this guards against crashes and wholesale regressions.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class HtmlCorpusTests
{
    [Test]
    public void Extract_EveryCorpusPage_YieldsStoryOrReason()
    {
        string corpus = CorpusDirectory();
        string[] pages = HtmlDocuments(corpus);
        Assume.That(pages, Is.Not.Empty, "the corpus holds no HTML pages");

        var extractor = new HtmlArticleExtractor();
        int stories = 0;
        var failures = new List<string>();
        foreach (string path in pages)
        {
            try
            {
                ExtractedArticle article = extractor.Extract(new RawDocument(DocumentOrigin.FromFile(path), Gunzip(path))).Single();
                if (!string.IsNullOrWhiteSpace(article.Headline) && article.Body.Count > 0)
                {
                    stories++;
                }
            }
            catch (DocumentRejectedException)
            {
                // A reasoned rejection is an allowed outcome; the ratio below bounds how often it may happen.
            }
            catch (Exception ex)
            {
                failures.Add($"{Path.GetFileName(path)}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(stories, Is.GreaterThanOrEqualTo(pages.Length * 95 / 100), $"{stories} of {pages.Length} pages gave a headline and a body");
        });
    }

    // The corpus's own index names each document's format; reference outputs stored beside pages are not documents.
    private static string[] HtmlDocuments(string corpus)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "gold.json")));
        var pages = new List<string>();
        foreach (JsonProperty entry in gold.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object
                && entry.Value.TryGetProperty("format", out JsonElement format)
                && format.GetString()?.StartsWith("html", StringComparison.OrdinalIgnoreCase) == true)
            {
                pages.Add(Path.Combine(corpus, entry.Name));
            }
        }

        return [.. pages];
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string CorpusDirectory()
    {
        for (DirectoryInfo? dir = new(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WireIngest.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                if (!Directory.Exists(corpus))
                {
                    Assert.Ignore($"evaluation corpus not found at {corpus}; corpus checks skipped");
                }

                return corpus;
            }
        }

        Assert.Ignore("repository root (WireIngest.sln) not found above the test directory; corpus checks skipped");
        return string.Empty;
    }
}
