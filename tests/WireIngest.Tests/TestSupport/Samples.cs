using WireIngest.Core.Extraction;
using WireIngest.Core.Model;

namespace WireIngest.Tests.TestSupport;

/// <summary>Access to the repository's <c>samples/</c> (copied beside the tests) and to the shared corpus when present.</summary>
internal static class Samples
{
    public const string SeedFileName = "japantoday-reuters-ukraine-nato.txt";

    public static string InboxPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "inbox");

    public static string Path_(string fileName) => Path.Combine(InboxPath, fileName);

    public static RawDocument Read(string fileName, string? url = null) =>
        new DocumentReader().ReadFile(Path_(fileName), url);

    public static RawDocument FromText(string text, string name = "test.txt", string? url = null) =>
        new(DocumentOrigin.FromFile(name, url), System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The repository root, found by walking up to <c>WireIngest.sln</c>.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WireIngest.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("WireIngest.sln not found above the test directory");
        }
    }

    /// <summary><c>../shared/corpus</c> beside the checkout, or an ignored test when it is absent.</summary>
    public static string CorpusOrIgnore()
    {
        string corpus = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
        if (!Directory.Exists(corpus))
        {
            Assert.Ignore($"shared corpus not found at {corpus}; corpus checks skipped");
        }

        return corpus;
    }
}
