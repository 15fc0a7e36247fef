using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class QuarantineCommandTests
{
    private WorkerHarness _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    /// <summary>The seed page rejected by a size cap too small for it: a failure an operator fixes by raising the cap.</summary>
    private async Task QuarantineSeedAsync()
    {
        File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));
        int code = await _sut.RunOnceAsync(_sut.Settings("scan", "--WireIngest:Limits:MaxDocumentBytes=100", "--WireIngest:Limits:MaxCompressedBytes=100"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
    }

    [Test]
    public async Task Show_QuarantinedDocument_PrintsErrorOriginAndContent()
    {
        await QuarantineSeedAsync();

        (int code, string output) = await _sut.CliAsync("quarantine", "show", "1");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("error: too large").And.Contain(Samples.SeedFileName));
        });
    }

    [Test]
    public async Task Replay_AfterTheCauseIsFixed_StoresAndPublishesTheDocumentAndMarksIt()
    {
        await QuarantineSeedAsync();

        (int code, string output) = await _sut.CliAsync("quarantine", "replay", "1");

        (_, string pending) = await _sut.CliAsync("quarantine", "list");
        (_, string all) = await _sut.CliAsync("quarantine", "list", "--all");
        (_, string exported) = await _sut.CliAsync("queue", "export", "--jsonl");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
            Assert.That(output, Does.StartWith("new: "));
            Assert.That(pending, Does.Not.Contain(Samples.SeedFileName));
            Assert.That(all, Does.Contain("(replayed)"));
            Assert.That(exported, Does.Contain("Ukraine asks NATO"));
        });
    }

    [Test]
    public async Task Replay_StillFailing_ExitsTwoAndKeepsTheEntry()
    {
        _sut.Write("blank.txt", "  ");
        await _sut.RunOnceAsync(_sut.Settings());

        (int code, _) = await _sut.CliAsync("quarantine", "replay", "1");

        (_, string pending) = await _sut.CliAsync("quarantine", "list");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputFailed));
            Assert.That(pending, Does.Contain("blank.txt"));
        });
    }

    [Test]
    public async Task Replay_UnknownId_ExitsOne()
    {
        (int code, _) = await _sut.CliAsync("quarantine", "replay", "42");

        Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
    }
}
