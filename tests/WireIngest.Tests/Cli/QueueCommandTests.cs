using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class QueueCommandTests
{
    private WorkerHarness _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    [Test]
    public async Task ListAndShow_AfterARun_ShowTheMessageById()
    {
        await _sut.RunOnceAsync(_sut.Settings("scan", "--WireIngest:Sources:0:Path=" + Samples.InboxPath));
        string messageId = Path.GetFileNameWithoutExtension(Directory.GetFiles(_sut.QueueDirectory, "*.json").Order(StringComparer.Ordinal).First());

        (int listCode, string list) = await _sut.CliAsync("queue", "list", "--limit", "10");
        (int showCode, string show) = await _sut.CliAsync("queue", "show", messageId);

        Assert.Multiple(() =>
        {
            Assert.That((listCode, showCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)));
            Assert.That(list, Does.Contain(messageId).And.Contain("Published").And.Contain("article.created"));
            Assert.That(show.Trim(), Is.EqualTo(File.ReadAllText(Path.Combine(_sut.QueueDirectory, messageId + ".json"))));
        });
    }

    [Test]
    public async Task Show_UnknownId_ExitsOne()
    {
        (int code, _) = await _sut.CliAsync("queue", "show", "0000");

        Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
    }

    [Test]
    public async Task Migrate_NewStore_CreatesTheDatabaseFile()
    {
        (int code, _) = await _sut.CliAsync("migrate");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.Exists(_sut.Database), Is.True);
        });
    }

    [TestCase("migrate")]
    [TestCase("queue", "list", "--limit")]
    [TestCase("queue", "show", "ID")]
    [TestCase("queue", "export", "--jsonl")]
    [TestCase("quarantine", "list", "--all")]
    [TestCase("quarantine", "show", "ID")]
    [TestCase("quarantine", "replay", "ID")]
    [TestCase("run", "--once")]
    public void Help_WorkerVerbs_DescribeTheirUsage(params string[] verbAndExpected)
    {
        string[] verb = verbAndExpected[0] is "queue" or "quarantine" ? verbAndExpected[..2] : verbAndExpected[..1];
        using var output = new StringWriter();

        int code = CliApplication.CreateRootCommand().Parse([.. verb, "--help"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(verbAndExpected[verb.Length..], Has.All.Matches<string>(output.ToString().Contains));
        });
    }
}
