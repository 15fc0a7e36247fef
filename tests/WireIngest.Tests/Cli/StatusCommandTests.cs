using System.Text.Json;
using WireIngest.Cli;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class StatusCommandTests
{
    private WorkerHarness _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new WorkerHarness();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    private void CopySeed() => File.Copy(Path.Combine(Samples.InboxPath, Samples.SeedFileName), Path.Combine(_sut.Inbox, Samples.SeedFileName));

    private async Task<JsonElement> StatusJsonAsync()
    {
        (int code, string output) = await _sut.CliAsync("status", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        using JsonDocument document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    [Test]
    public async Task StatusJson_TwoRuns_CountsAddUpAcrossRuns()
    {
        CopySeed();
        _sut.Write("blank.txt", "   \n\n");
        await _sut.RunOnceAsync(_sut.Settings());
        await _sut.RunOnceAsync(_sut.Settings());

        JsonElement status = await StatusJsonAsync();

        JsonElement inbox = status.GetProperty("sources").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(inbox.GetProperty("source").GetString(), Is.EqualTo("inbox"));
            Assert.That(inbox.GetProperty("new").GetInt64(), Is.EqualTo(1));
            Assert.That(inbox.GetProperty("failed").GetInt64(), Is.EqualTo(1), "the blank file is quarantined once, then known");
            Assert.That(inbox.GetProperty("seen").GetInt64(), Is.GreaterThanOrEqualTo(3));
            Assert.That(inbox.GetProperty("lastSuccessAt").GetString(), Is.Not.Null);
            Assert.That(inbox.GetProperty("lastError").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(status.GetProperty("quarantined").GetInt32(), Is.EqualTo(1));
            Assert.That(status.GetProperty("outboxPending").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task Status_Table_ListsSourceOutboxAndQuarantine()
    {
        CopySeed();
        await _sut.RunOnceAsync(_sut.Settings());

        (int code, string output) = await _sut.CliAsync("status");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(lines[0], Does.StartWith("SOURCE"));
            Assert.That(lines[1], Does.Match(@"^inbox\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+1\s+1\s+0\s+0\s+0\s+0\s+-"));
            Assert.That(lines, Has.Some.StartsWith("outbox: 0 pending, 0 rejected"));
            Assert.That(lines, Has.Some.StartsWith("quarantine: 0 not replayed"));
        });
    }
}
