using System.Text.Json;
using Microsoft.Data.Sqlite;
using WireIngest.Core.Model;
using WireIngest.Core.Storage;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Storage;

[TestFixture]
public sealed class SqliteArticleStoreTests
{
    private TestStore _sut = null!;

    [SetUp]
    public void SetUp() => _sut = new TestStore();

    [TearDown]
    public void TearDown() => _sut.Dispose();

    private IArticleStore Articles => _sut.Store.Articles;

    private async Task<IReadOnlyList<OutboxMessage>> QueuedAsync() => await _sut.Store.Outbox.ListAsync(100);

    [Test]
    public async Task SaveAsync_NewArticle_StoresVersionOneWithItsOutboxRow()
    {
        SaveResult result = await Articles.SaveAsync(StoryFactory.Reuters());

        IReadOnlyList<OutboxMessage> queued = await QueuedAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.New));
            Assert.That(result.Version, Is.EqualTo(1));
            Assert.That(queued.Select(m => m.MessageId), Is.EqualTo(new[] { result.MessageId }));
            Assert.That(queued[0].Subject, Is.EqualTo(MessageSubjects.Created));
            Assert.That(MessageBody.Field(queued[0], "version"), Is.EqualTo("1"));
            Assert.That(_sut.Scalar<long>("SELECT COUNT(*) FROM article_versions"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SaveAsync_OutboxInsertFails_RollsBackTheArticleAndVersionToo()
    {
        Article article = StoryFactory.Reuters();
        string messageId = ArticleIdentity.MessageId(ArticleIdentity.ArticleId(article), 1);
        await _sut.Store.Connections.ExecuteAsync(async (connection, token) =>
        {
            // A foreign-key-free outbox row squatting on the id the save will use makes its last statement fail.
            await using SqliteCommand off = connection.CreateCommand();
            off.CommandText = "PRAGMA foreign_keys=OFF; INSERT INTO outbox (message_id, article_id, version, subject, body, created_at, available_at) " +
                              "VALUES ($id, 'other', 1, 's', x'00', 't', 't');";
            off.Parameters.AddWithValue("$id", messageId);
            return await off.ExecuteNonQueryAsync(token);
        });

        Assert.ThrowsAsync<SqliteException>(() => Articles.SaveAsync(article));

        Assert.Multiple(() =>
        {
            Assert.That(_sut.Scalar<long>("SELECT COUNT(*) FROM articles"), Is.Zero);
            Assert.That(_sut.Scalar<long>("SELECT COUNT(*) FROM article_versions"), Is.Zero);
        });
    }

    [Test]
    public async Task SaveAsync_SameContentAgain_IsDuplicateAndQueuesNothing()
    {
        await Articles.SaveAsync(StoryFactory.Reuters());

        SaveResult again = await Articles.SaveAsync(StoryFactory.Reuters());

        Assert.Multiple(async () =>
        {
            Assert.That(again.Outcome, Is.EqualTo(SaveOutcome.Duplicate));
            Assert.That(again.MessageId, Is.Null);
            Assert.That(await QueuedAsync(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SaveAsync_OnlyVolatileFieldsChanged_IsDuplicate()
    {
        await Articles.SaveAsync(StoryFactory.Page());

        SaveResult again = await Articles.SaveAsync(StoryFactory.Page() with
        {
            CommentCount = 42,
            Source = new DocumentOrigin("elsewhere/story-1-copy.html", "https://example.org/news/story-1"),
        });

        Assert.That(again.Outcome, Is.EqualTo(SaveOutcome.Duplicate));
    }

    [Test]
    public async Task SaveAsync_ChangedContent_IsNextVersionKeepingFirstCreated()
    {
        await Articles.SaveAsync(StoryFactory.Reuters());
        _sut.Time.Advance(TimeSpan.FromHours(1));

        SaveResult result = await Articles.SaveAsync(StoryFactory.Reuters(body: "NATO foreign ministers met on Tuesday and Wednesday.",
            versionCreated: new DateTimeOffset(2024, 11, 29, 10, 0, 0, TimeSpan.Zero)));

        OutboxMessage message = (await QueuedAsync())[^1];
        JsonElement json = MessageBody.Parse(message);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Updated));
            Assert.That(result.Version, Is.EqualTo(2));
            Assert.That(message.Subject, Is.EqualTo(MessageSubjects.Updated));
            Assert.That(json.GetProperty("version").GetString(), Is.EqualTo("2"));
            Assert.That(json.GetProperty("firstCreated").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2024, 11, 29, 9, 0, 0, TimeSpan.Zero)));
            Assert.That(json.GetProperty("versionCreated").GetDateTimeOffset(), Is.EqualTo(_sut.Time.GetUtcNow()));
        });
    }

    [Test]
    public async Task SaveAsync_OlderThanCurrentVersion_IsStaleRecordedAndQueuesNothing()
    {
        await Articles.SaveAsync(StoryFactory.Reuters(body: "Newer text.", versionCreated: new DateTimeOffset(2024, 11, 29, 11, 0, 0, TimeSpan.Zero)));

        SaveResult result = await Articles.SaveAsync(StoryFactory.Reuters(body: "Older text.", versionCreated: new DateTimeOffset(2024, 11, 29, 10, 0, 0, TimeSpan.Zero)));

        Assert.Multiple(async () =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Stale));
            Assert.That(result.Version, Is.EqualTo(1));
            Assert.That(await QueuedAsync(), Has.Count.EqualTo(1));
            Assert.That(_sut.Scalar<long>("SELECT COUNT(*) FROM stale_items"), Is.EqualTo(1));
        });
    }

    [TestCase(PubStatuses.Canceled, MessageSubjects.Canceled)]
    [TestCase(PubStatuses.Withheld, MessageSubjects.Withheld)]
    public async Task SaveAsync_StatusChange_EmitsMessageWithThatStatus(string pubStatus, string subject)
    {
        await Articles.SaveAsync(StoryFactory.Reuters());

        SaveResult result = await Articles.SaveAsync(StoryFactory.Reuters() with { PubStatus = pubStatus, Body = [] });

        OutboxMessage message = (await QueuedAsync())[^1];
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Updated));
            Assert.That(message.Subject, Is.EqualTo(subject));
            Assert.That(MessageBody.Field(message, "pubStatus"), Is.EqualTo(pubStatus));
        });
    }

    [Test]
    public async Task SaveAsync_EmbargoedAndHeld_BecomesDueOnlyAtItsTime()
    {
        DateTimeOffset embargo = TestStore.Start.AddHours(2);
        await Articles.SaveAsync(StoryFactory.Reuters() with { EmbargoedUntil = embargo });

        IReadOnlyList<OutboxMessage> before = await _sut.Store.Outbox.GetDueAsync(10);
        _sut.Time.Advance(TimeSpan.FromHours(2));
        IReadOnlyList<OutboxMessage> after = await _sut.Store.Outbox.GetDueAsync(10);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Empty);
            Assert.That(after, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SaveAsync_EmbargoedWithHoldingOff_IsDueAtOnce()
    {
        using var store = new TestStore(publishing: new PublishingOptions { HoldEmbargoed = false });
        await store.Store.Articles.SaveAsync(StoryFactory.Reuters() with { EmbargoedUntil = TestStore.Start.AddHours(2) });

        Assert.That(await store.Store.Outbox.GetDueAsync(10), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SaveAsync_UpdateWithNewProviderIdAndSameBaseSlug_BecomesNextVersionOfKnownArticle()
    {
        SaveResult first = await Articles.SaveAsync(StoryFactory.Reuters());
        Article update = StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_L1N3MZ0CD", body: "Adds comments from ministers.",
            versionCreated: new DateTimeOffset(2024, 11, 29, 15, 0, 0, TimeSpan.Zero)) with
        {
            HeadlineTags = ["UPDATE 1"],
            Slugline = "UKRAINE-CRISIS/NATO (UPDATE 1, PIX)",
        };

        SaveResult result = await Articles.SaveAsync(update);

        JsonElement json = MessageBody.Parse((await QueuedAsync())[^1]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Updated));
            Assert.That(result.ArticleId, Is.EqualTo(first.ArticleId));
            Assert.That(result.Version, Is.EqualTo(2));
            Assert.That(json.GetProperty("uri").GetString(), Is.EqualTo("tag:reuters.com,2024:newsml_L1N3MZ0AB"));
            Assert.That(json.GetProperty("altIds")[0].GetProperty("value").GetString(), Is.EqualTo("tag:reuters.com,2024:newsml_L1N3MZ0CD"));
        });
    }

    [Test]
    public async Task SaveAsync_LinkedUpdateArrivesAgain_IsDuplicateOfTheKnownArticle()
    {
        await Articles.SaveAsync(StoryFactory.Reuters());
        Article update = StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_L1N3MZ0CD", body: "Adds comments.") with { HeadlineTags = ["REFILE"] };
        await Articles.SaveAsync(update);

        SaveResult again = await Articles.SaveAsync(update);

        Assert.That(again.Outcome, Is.EqualTo(SaveOutcome.Duplicate));
    }

    [Test]
    public async Task SaveAsync_EarlierItemOfAnUpdatedStoryArrivesAgain_IsDuplicateOfItsVersion()
    {
        // The first item's input was committed but not yet moved when the worker died; its update went through meanwhile.
        Article first = StoryFactory.Reuters();
        await Articles.SaveAsync(first);
        Article update = StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_L1N3MZ0CD", body: "Adds comments.") with { HeadlineTags = ["UPDATE 1"] };
        await Articles.SaveAsync(update);

        SaveResult again = await Articles.SaveAsync(first with { HeadlineTags = ["UPDATE 1"] });

        Assert.Multiple(async () =>
        {
            Assert.That(again.Outcome, Is.EqualTo(SaveOutcome.Duplicate));
            Assert.That(again.Version, Is.EqualTo(1));
            Assert.That(await QueuedAsync(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task SaveAsync_ProviderResendsEarlierContentAsNewVersion_IsNextVersion()
    {
        Article first = StoryFactory.Reuters();
        await Articles.SaveAsync(first);
        await Articles.SaveAsync(StoryFactory.Reuters(body: "A corrected text.", versionCreated: new DateTimeOffset(2024, 11, 29, 10, 0, 0, TimeSpan.Zero)));

        // The correction withdrawn: the provider's next version carries the first text again.
        SaveResult reverted = await Articles.SaveAsync(first with { ProviderVersion = "3", VersionCreated = new DateTimeOffset(2024, 11, 29, 11, 0, 0, TimeSpan.Zero) });

        Assert.Multiple(() =>
        {
            Assert.That(reverted.Outcome, Is.EqualTo(SaveOutcome.Updated));
            Assert.That(reverted.Version, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task SaveAsync_UpdateOutsideTheLinkWindow_IsNewArticle()
    {
        await Articles.SaveAsync(StoryFactory.Reuters());
        Article late = StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_L1N3MZ0EF", body: "Days later.",
            versionCreated: new DateTimeOffset(2024, 12, 2, 9, 0, 0, TimeSpan.Zero)) with { HeadlineTags = ["UPDATE 3"] };

        SaveResult result = await Articles.SaveAsync(late);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.New));
    }

    [Test]
    public async Task SaveAsync_NewProviderIdWithoutUpdateTag_IsNewArticle()
    {
        await Articles.SaveAsync(StoryFactory.Reuters());

        SaveResult result = await Articles.SaveAsync(StoryFactory.Reuters(providerId: "tag:reuters.com,2024:newsml_L1N3MZ0GH", body: "A different story."));

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.New));
    }
}
