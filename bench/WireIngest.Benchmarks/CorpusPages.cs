using WireIngest.Core.Extraction;
using WireIngest.Core.Model;

namespace WireIngest.Benchmarks;

/// <summary>The article-extraction-benchmark pages of <c>../shared/corpus</c>, decompressed into memory once.</summary>
internal static class CorpusPages
{
    public static IReadOnlyList<RawDocument> Load()
    {
        string? dir = FindCorpus();
        if (dir is null)
        {
            throw new InvalidOperationException("../shared/corpus/aeb/html not found above the working directory: the benchmark needs the shared corpus");
        }

        var reader = new DocumentReader();
        return [.. Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal)
            .Select(path => reader.ReadFile(path))];
    }

    private static string? FindCorpus()
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "shared", "corpus", "aeb", "html");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
