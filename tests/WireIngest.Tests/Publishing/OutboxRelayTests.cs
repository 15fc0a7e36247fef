using Microsoft.Extensions.Logging.Abstractions;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Publishing;

[TestFixture]
public sealed class OutboxRelayTests
{
    private TestStore _store = null!;

    [SetUp]
    public void SetUp() => _store = new TestStore();

    [TearDown]
    public void TearDown() => _store.Dispose();

    private OutboxRelay CreateSut(IMessageSink sink) => new(_store.Store.Outbox, sink, new QueueOptions { RelayBatchSize = 2 }, NullLogger<OutboxRelay>.Instance);

    private async Task SaveStoriesAsync(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await _store.Store.Articles.SaveAsync(StoryFactory.Page($"https://example.org/news/{i}", $"Story {i}"));
        }
    }

    [Test]
    public async Task RelayDueAsync_PendingMessages_PublishesAllInOrderAcrossBatches()
    {
        await SaveStoriesAsync(5);
        var sink = new RecordingSink();

        RelayResult result = await CreateSut(sink).RelayDueAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(5, 0)));
            Assert.That(sink.Published, Is.EqualTo((await _store.Store.Outbox.ListAsync(10)).Select(m => m.MessageId)));
            Assert.That(await _store.Store.Outbox.CountPendingAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task RelayDueAsync_SinkFails_KeepsMessagePendingWithItsError()
    {
        await SaveStoriesAsync(1);

        RelayResult result = await CreateSut(new RecordingSink(fail: true)).RelayDueAsync();

        OutboxMessage message = (await _store.Store.Outbox.ListAsync(1))[0];
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RelayResult(0, 1)));
            Assert.That(message.State, Is.EqualTo(OutboxState.Pending));
            Assert.That(message.Attempts, Is.EqualTo(1));
            Assert.That(message.LastError, Is.EqualTo("broker down"));
        });
    }

    [Test]
    public async Task RelayDueAsync_DirectorySet_WritesOneCompleteFilePerMessage()
    {
        await SaveStoriesAsync(3);
        using var folder = new TempFolder();
        IMessageSink sink = MessageSinks.Embedded(new QueueOptions { Directory = folder.Combine("queue") });

        await CreateSut(sink).RelayDueAsync();

        IReadOnlyList<OutboxMessage> messages = await _store.Store.Outbox.ListAsync(10);
        string[] files = Directory.GetFiles(folder.Combine("queue"), "*", SearchOption.AllDirectories);
        Assert.Multiple(() =>
        {
            Assert.That(files.Select(Path.GetFileName).Order(), Is.EqualTo(messages.Select(m => m.MessageId + ".json").Order()));
            Assert.That(files.Select(File.ReadAllBytes), Is.EquivalentTo(messages.Select(m => m.Body.ToArray())));
        });
    }

    [Test]
    public async Task PublishAsync_SameMessageTwice_LeavesOneIdenticalFile()
    {
        await SaveStoriesAsync(1);
        using var folder = new TempFolder();
        IMessageSink sink = MessageSinks.Embedded(new QueueOptions { Directory = folder.Path });
        OutboxMessage message = (await _store.Store.Outbox.ListAsync(1))[0];

        await sink.PublishAsync(message);
        await sink.PublishAsync(message);

        Assert.That(Directory.GetFiles(folder.Path).Select(File.ReadAllBytes), Is.EqualTo(new[] { message.Body.ToArray() }));
    }

    private sealed class RecordingSink(bool fail = false) : IMessageSink
    {
        public List<string> Published { get; } = [];

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default)
        {
            if (fail)
            {
                throw new IOException("broker down");
            }

            Published.Add(message.MessageId);
            return Task.CompletedTask;
        }
    }
}
