using System.Text;
using Microsoft.AspNetCore.Http;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;

using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Sources.Http;

[TestFixture]
[CancelAfter(60_000)]
public sealed class HttpSourceTests
{
    private HttpSourceHarness _sut = null!;

    [SetUp]
    public async Task SetUp() => _sut = await HttpSourceHarness.StartAsync();

    [TearDown]
    public async Task TearDown() => await _sut.DisposeAsync();

    private LocalWebServer Server => _sut.Server;

    private static Task<List<SourceDocument>> PollAsync(IWireSource source, CancellationToken cancellationToken) => HttpSourceHarness.PollAsync(source, cancellationToken);

    private static string Text(SourceDocument document) => Encoding.UTF8.GetString(document.Content.Span);

    [Test]
    public async Task Poll_RssIndex_FetchesEachItemPageWithItsUrlAndContentType(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/a")), FeedXml.RssItem(Server.Url("/b"))), "application/rss+xml");
        Server.MapText("/a", FeedXml.ArticlePage("Story A"), "text/html; charset=iso-8859-1");
        Server.MapText("/b", FeedXml.ArticlePage("Story B"));

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(index: ["/feed.xml"])), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.Origin.Url), Is.EquivalentTo(new[] { Server.Url("/a"), Server.Url("/b") }));
            Assert.That(documents.Single(d => d.Key == Server.Url("/a")).ContentType, Is.EqualTo("text/html; charset=iso-8859-1"), "the HTTP charset travels with the document");
            Assert.That(Text(documents.Single(d => d.Key == Server.Url("/b"))), Does.Contain("Story B"));
            Assert.That(documents, Has.All.Matches<SourceDocument>(d => d.ReadError is null && d.Sha256 != null && !d.Unchanged));
        });
    }

    [Test]
    public async Task Poll_AtomEntryWithFullContent_IsUsedAsIsWithoutFetchingItsLink(CancellationToken cancellationToken)
    {
        string body = string.Concat(Enumerable.Repeat("<p>Ministers met in Brussels on Tuesday to agree new support for the alliance's eastern members.</p>", 8));
        Server.MapText("/atom.xml", FeedXml.Atom(
            FeedXml.AtomEntry(Server.Url("/full"), "Full story", $"<content type=\"html\">{System.Net.WebUtility.HtmlEncode(body)}</content>"),
            FeedXml.AtomEntry(Server.Url("/teaser"), "Teaser", "<content type=\"html\">Short summary.</content>")), "application/atom+xml");
        Server.MapText("/teaser", FeedXml.ArticlePage("Teaser story"));

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(index: ["/atom.xml"])), cancellationToken);

        SourceDocument full = documents.Single(d => d.Key == Server.Url("/full"));
        Assert.Multiple(() =>
        {
            Assert.That(Server.RequestsFor("/full"), Is.Empty, "a full article in the feed is not fetched");
            Assert.That(full.Origin.Url, Is.EqualTo(Server.Url("/full")));
            Assert.That(full.ContentType, Does.StartWith("text/html"));
            Assert.That(Text(full), Does.Contain("<h1>Full story</h1>").And.Contain("eastern members"));
            Assert.That(Server.RequestsFor("/teaser"), Has.Length.EqualTo(1), "a summary is not the article: the page is fetched");
            Assert.That(Text(documents.Single(d => d.Key == Server.Url("/teaser"))), Does.Contain("Teaser story"));
        });
    }

    [Test]
    public async Task Poll_RssItemWithdrawnByMediaStatus_HandsTheWithdrawalWithoutFetchingItsLink(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(
            FeedXml.RssItem(Server.Url("/killed"), "Killed story", extra: "<media:status xmlns:media=\"http://search.yahoo.com/mrss/\" state=\"deleted\"/>")), "application/rss+xml");
        Server.MapText("/killed", FeedXml.ArticlePage("Killed story"));

        SourceDocument withdrawal = (await PollAsync(_sut.Create(_sut.Options(index: ["/feed.xml"])), cancellationToken)).Single();
        Article article = new ArticlePipeline(new ExtractorSelector(ExtractorCatalog.Default()), new ArticleNormalizer())
            .Process(new DocumentReader().FromBytes(withdrawal.Content, withdrawal.Origin, withdrawal.ContentType), cancellationToken).Articles.Single();

        Assert.Multiple(() =>
        {
            Assert.That(Server.RequestsFor("/killed"), Is.Empty, "a killed story's page is not fetched");
            Assert.That(withdrawal.Key, Is.EqualTo(Server.Url("/killed")));
            Assert.That(article.PubStatus, Is.EqualTo(PubStatuses.Canceled));
            Assert.That(ArticleIdentity.ArticleId(article), Is.EqualTo(Server.Url("/killed")));
            Assert.That(article.Headline, Is.EqualTo("Killed story"));
        });
    }

    [Test]
    public async Task Poll_SitemapIndex_FollowsItsSitemapsToThePages(CancellationToken cancellationToken)
    {
        Server.MapText("/sitemap-index.xml", FeedXml.SitemapIndex(Server.Url("/sitemap-1.xml"), Server.Url("/sitemap-2.xml")), "application/xml");
        Server.MapText("/sitemap-1.xml", FeedXml.Sitemap(Server.Url("/p1")), "application/xml");
        Server.MapText("/sitemap-2.xml", FeedXml.Sitemap(Server.Url("/p2"), Server.Url("/p3")), "application/xml");
        foreach (string page in new[] { "/p1", "/p2", "/p3" })
        {
            Server.MapText(page, FeedXml.ArticlePage("Page " + page));
        }

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(index: ["/sitemap-index.xml"])), cancellationToken);

        Assert.That(documents.Select(d => d.Key), Is.EquivalentTo(new[] { Server.Url("/p1"), Server.Url("/p2"), Server.Url("/p3") }));
    }

    [Test]
    public async Task Poll_SecondTime_IndexAnswers304AndNothingIsFetchedAgain(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/a")), FeedXml.RssItem(Server.Url("/b"))), "application/rss+xml", etag: "\"feed-v1\"");
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));
        Server.MapText("/b", FeedXml.ArticlePage("Story B"));
        IWireSource source = _sut.Create(_sut.Options(index: ["/feed.xml"]));
        await PollAsync(source, cancellationToken);

        // A new source object over the same store: the validators survive a restart.
        List<SourceDocument> second = await PollAsync(_sut.Create(_sut.Options(index: ["/feed.xml"])), cancellationToken);

        RecordedRequest[] feed = Server.RequestsFor("/feed.xml");
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Empty);
            Assert.That(feed, Has.Length.EqualTo(2));
            Assert.That(feed[1].IfNoneMatch, Is.EqualTo("\"feed-v1\""));
            Assert.That(feed[1].Status, Is.EqualTo(StatusCodes.Status304NotModified));
            Assert.That(Server.RequestsFor("/a"), Has.Length.EqualTo(1));
            Assert.That(Server.RequestsFor("/b"), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task Poll_ChangedFeedWithKnownItems_FetchesOnlyTheNewItem(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/a"))), "application/rss+xml");
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));
        Server.MapText("/b", FeedXml.ArticlePage("Story B"));
        IWireSource source = _sut.Create(_sut.Options(index: ["/feed.xml"]));
        await PollAsync(source, cancellationToken);
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/b")), FeedXml.RssItem(Server.Url("/a"))), "application/rss+xml");

        List<SourceDocument> second = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(second.Single(d => !d.Unchanged).Key, Is.EqualTo(Server.Url("/b")));
            Assert.That(second.Single(d => d.Unchanged).Key, Is.EqualTo(Server.Url("/a")), "known and undated-since: reported, not fetched");
            Assert.That(Server.RequestsFor("/a"), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task Poll_KnownPage_SendsItsETagAndReports304AsUnchanged(CancellationToken cancellationToken)
    {
        Server.MapText("/a", FeedXml.ArticlePage("Story A"), etag: "\"a-1\"");
        IWireSource source = _sut.Create(_sut.Options(urls: ["/a"]));
        await PollAsync(source, cancellationToken);

        List<SourceDocument> second = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(second.Single().Unchanged, Is.True);
            Assert.That(Server.RequestsFor("/a")[^1].IfNoneMatch, Is.EqualTo("\"a-1\""));
            Assert.That(Server.RequestsFor("/a")[^1].Status, Is.EqualTo(StatusCodes.Status304NotModified));
        });
    }

    [Test]
    public async Task Poll_SlowResponse_TimesOutLeavesItForLaterAndMarksTheSourceFailing(CancellationToken cancellationToken)
    {
        int slowCalls = 0;
        Server.Map("/slow", async context =>
        {
            Interlocked.Increment(ref slowCalls);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        Server.MapText("/fast", FeedXml.ArticlePage("Fast story"));
        SourceOptions options = _sut.Options(urls: ["/slow", "/fast"]);
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetries = 1;
        IWireSource source = _sut.Create(options);

        List<SourceDocument> documents = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single().Key, Is.EqualTo(Server.Url("/fast")), "the slow page is neither delivered nor quarantined");
            Assert.That(source.LastPollError, Does.Contain("/slow").And.Contain("timed out"));
            Assert.That(Volatile.Read(ref slowCalls), Is.EqualTo(2), "tried, then retried once");
        });
    }

    [Test]
    public async Task Poll_ServerErrorThenSuccess_RetriesAndDelivers(CancellationToken cancellationToken)
    {
        int calls = 0;
        byte[] page = Encoding.UTF8.GetBytes(FeedXml.ArticlePage("Story after retry"));
        Server.Map("/flaky", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(page, context.RequestAborted);
        });
        IWireSource source = _sut.Create(_sut.Options(urls: ["/flaky"]));

        List<SourceDocument> documents = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(Text(documents.Single()), Does.Contain("Story after retry"));
            Assert.That(Server.RequestsFor("/flaky").Select(r => r.Status), Is.EqualTo(new[] { 500, 200 }));
            Assert.That(source.LastPollError, Is.Null);
        });
    }

    [Test]
    public async Task Poll_TooManyRequestsWithRetryAfter_WaitsAndRetries(CancellationToken cancellationToken)
    {
        int calls = 0;
        Server.Map("/busy", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(FeedXml.ArticlePage("Busy story"), context.RequestAborted);
        });

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(urls: ["/busy"])), cancellationToken);

        Assert.That(Server.RequestsFor("/busy").Select(r => r.Status), Is.EqualTo(new[] { 429, 200 }));
        Assert.That(documents.Single().ReadError, Is.Null);
    }

    [Test]
    public async Task Poll_ItemNotFound_IsADocumentFailureAndTheNextItemGoesThrough(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/missing")), FeedXml.RssItem(Server.Url("/ok"))), "application/rss+xml");
        Server.MapText("/ok", FeedXml.ArticlePage("Story OK"));
        IWireSource source = _sut.Create(_sut.Options(index: ["/feed.xml"]));

        List<SourceDocument> documents = await PollAsync(source, cancellationToken);
        List<SourceDocument> second = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single(d => d.Key == Server.Url("/missing")).ReadError, Is.EqualTo("HTTP 404 Not Found"));
            Assert.That(documents.Single(d => d.Key == Server.Url("/ok")).ReadError, Is.Null);
            Assert.That(source.LastPollError, Is.Null, "a missing page is the document's failure, not the source's");
            Assert.That(second, Is.Empty, "the feed is unchanged (304) and the failure is not retried forever");
            Assert.That(Server.RequestsFor("/missing"), Has.Length.EqualTo(1), "404 is not retried");
        });
    }

    [Test]
    public async Task Poll_RedirectChain_IsFollowedToTheFinalPage(CancellationToken cancellationToken)
    {
        Server.MapRedirect("/r1", "/r2");
        Server.MapRedirect("/r2", Server.Url("/r3"));
        Server.MapText("/r3", FeedXml.ArticlePage("Redirected story"));

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(urls: ["/r1"])), cancellationToken);

        SourceDocument document = documents.Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Key, Is.EqualTo(Server.Url("/r1")));
            Assert.That(document.Origin.Url, Is.EqualTo(Server.Url("/r3")));
            Assert.That(Text(document), Does.Contain("Redirected story"));
        });
    }

    [TestCase(new[] { "/loop-a:/loop-b", "/loop-b:/loop-a" }, "/loop-a", "redirect loop")]
    [TestCase(new[] { "/c1:/c2", "/c2:/c3", "/c3:/c4", "/c4:/c5" }, "/c1", "too many redirects")]
    [TestCase(new[] { "/to-file:file:///etc/passwd" }, "/to-file", "non-http")]
    [TestCase(new[] { "/to-ftp:ftp://127.0.0.1/story" }, "/to-ftp", "non-http")]
    public async Task Poll_BadRedirect_IsRejectedWithItsReason(string[] redirects, string start, string reason, CancellationToken cancellationToken)
    {
        foreach (string redirect in redirects)
        {
            string[] pair = redirect.Split(':', 2);
            Server.MapRedirect(pair[0], pair[1]);
        }

        SourceOptions options = _sut.Options(urls: [start]);
        options.MaxRedirects = 3;

        List<SourceDocument> documents = await PollAsync(_sut.Create(options), cancellationToken);

        Assert.That(documents.Single().ReadError, Does.Contain(reason));
    }

    [Test]
    public async Task Poll_StreamedBodyOverTheCap_IsRejectedWithoutReadingItAll(CancellationToken cancellationToken)
    {
        const int chunks = 4096;
        byte[] chunk = Encoding.ASCII.GetBytes(new string('x', 16 * 1024));
        long written = 0;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.Map("/huge", async context =>
        {
            try
            {
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body><p>", context.RequestAborted);
                // Kestrel drops writes after the client hung up rather than failing them: stop when told.
                for (int i = 0; i < chunks && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref written, chunk.Length);
                    // A slow trickle, so the hang-up is seen long before the end.
                    await Task.Delay(1, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client hung up at its cap.
            }
            finally
            {
                finished.TrySetResult();
            }
        });
        _sut.Limits.MaxDocumentBytes = 256 * 1024;

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(urls: ["/huge"])), cancellationToken);
        await finished.Task.WaitAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single().ReadError, Does.StartWith("too large"));
            Assert.That(Interlocked.Read(ref written), Is.LessThan((long)chunks * chunk.Length), "the read stopped at the cap, long before the end");
        });
    }

    [Test]
    public async Task Poll_AnnouncedLengthOverTheCap_IsRejectedFromTheHeaders(CancellationToken cancellationToken)
    {
        Server.MapText("/announced", new string('x', 300 * 1024));
        _sut.Limits.MaxDocumentBytes = 256 * 1024;

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(urls: ["/announced"])), cancellationToken);

        Assert.That(documents.Single().ReadError, Does.StartWith("too large: the server announced"));
    }

    [Test]
    public async Task Poll_FeedWithBrokenItems_GoodItemsStillGoThrough(CancellationToken cancellationToken)
    {
        string feed = FeedXml.Rss(
            FeedXml.RssItem(Server.Url("/good-1")),
            "<item><title>No link at all</title></item>\n",
            FeedXml.RssItem(Server.Url("/odd-date"), pubDate: "sometime last week"),
            FeedXml.RssItem("ftp://127.0.0.1/story.html"),
            FeedXml.RssItem(Server.Url("/good-2")));
        // Cut off in the middle of the next item: what came before still counts.
        feed = feed[..feed.IndexOf("</channel>", StringComparison.Ordinal)] + "<item><title>Trunc";
        Server.MapText("/feed.xml", feed, "application/rss+xml");
        foreach (string page in new[] { "/good-1", "/odd-date", "/good-2" })
        {
            Server.MapText(page, FeedXml.ArticlePage("Page " + page));
        }

        IWireSource source = _sut.Create(_sut.Options(index: ["/feed.xml"]));
        List<SourceDocument> documents = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Where(d => d.ReadError is null).Select(d => d.Key),
                Is.EquivalentTo(new[] { Server.Url("/good-1"), Server.Url("/odd-date"), Server.Url("/good-2") }));
            Assert.That(documents.Single(d => d.Key.StartsWith("ftp:", StringComparison.Ordinal)).ReadError, Does.StartWith("refused").And.Contain("not an http or https URL"));
            Assert.That(source.LastPollError, Is.Null);
        });
    }

    [Test]
    public async Task Poll_NotAFeed_MarksTheSourceFailingWhileItsPagesGoOn(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", "<html><body>Maintenance</body></html>", "text/html");
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));

        IWireSource source = _sut.Create(_sut.Options(urls: ["/a"], index: ["/feed.xml"]));
        List<SourceDocument> documents = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single().Key, Is.EqualTo(Server.Url("/a")));
            Assert.That(source.LastPollError, Does.Contain("not an RSS, Atom or sitemap document"));
        });
    }

    [Test]
    public async Task Poll_IndexDownThenBack_SourceFailsThenRecovers(CancellationToken cancellationToken)
    {
        bool down = true;
        byte[] feed = Encoding.UTF8.GetBytes(FeedXml.Rss(FeedXml.RssItem(Server.Url("/a"))));
        Server.Map("/feed.xml", async context =>
        {
            if (Volatile.Read(ref down))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await context.Response.Body.WriteAsync(feed, context.RequestAborted);
        });
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));
        Server.MapText("/b", FeedXml.ArticlePage("Story B"));
        IWireSource source = _sut.Create(_sut.Options(urls: ["/b"], index: ["/feed.xml"]));

        List<SourceDocument> first = await PollAsync(source, cancellationToken);
        string? failing = source.LastPollError;
        Volatile.Write(ref down, false);
        List<SourceDocument> second = await PollAsync(source, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(first.Single().Key, Is.EqualTo(Server.Url("/b")), "the other URLs go on");
            Assert.That(failing, Does.Contain("/feed.xml").And.Contain("HTTP 503"));
            Assert.That(Server.RequestsFor("/feed.xml").Count(r => r.Status == 503), Is.EqualTo(3), "tried, then retried twice");
            Assert.That(second.Single(d => !d.Unchanged).Key, Is.EqualTo(Server.Url("/a")));
            Assert.That(source.LastPollError, Is.Null);
        });
    }

    [Test]
    public async Task Poll_ManyPagesOnOneHost_NeverMoreInFlightThanTheLimit(CancellationToken cancellationToken)
    {
        int inFlight = 0, most = 0;
        byte[] page = Encoding.UTF8.GetBytes(FeedXml.ArticlePage("Story"));
        string[] paths = [.. Enumerable.Range(1, 8).Select(i => $"/p{i}")];
        foreach (string path in paths)
        {
            Server.Map(path, async context =>
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                await Task.Delay(50, context.RequestAborted);
                Interlocked.Decrement(ref inFlight);
                await context.Response.Body.WriteAsync(page, context.RequestAborted);
            });
        }

        SourceOptions options = _sut.Options(urls: paths);
        options.MaxConcurrencyPerHost = 2;

        List<SourceDocument> documents = await PollAsync(_sut.Create(options), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.EqualTo(8));
            Assert.That(Volatile.Read(ref most), Is.InRange(1, 2));
        });
    }

    [Test]
    public async Task Poll_HostFailingOverAndOver_OpensItsCircuitAndStopsAsking(CancellationToken cancellationToken)
    {
        string[] paths = [.. Enumerable.Range(1, 6).Select(i => $"/down{i}")];
        foreach (string path in paths)
        {
            Server.Map(path, context =>
            {
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return Task.CompletedTask;
            });
        }

        SourceOptions options = _sut.Options(urls: paths);
        options.MaxRetries = 1;
        IWireSource source = _sut.Create(options);

        List<SourceDocument> documents = await PollAsync(source, cancellationToken);

        int asked = paths.Sum(p => Server.RequestsFor(p).Length);
        Assert.Multiple(() =>
        {
            Assert.That(documents, Is.Empty, "transient failures are neither delivered nor quarantined");
            Assert.That(source.LastPollError, Does.Contain("circuit open for 127.0.0.1"));
            Assert.That(asked, Is.LessThan(paths.Length * 2), "once open, the circuit answers instead of the host");
        });
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Test]
    public async Task Poll_RobotsDisallows_PageIsNotFetchedAndFailsWithTheReason(CancellationToken cancellationToken)
    {
        Server.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        Server.MapText("/private/a", FeedXml.ArticlePage("Private"));
        Server.MapText("/public/b", FeedXml.ArticlePage("Public"));

        List<SourceDocument> documents = await PollAsync(_sut.Create(_sut.Options(urls: ["/private/a", "/public/b"])), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single(d => d.Key == Server.Url("/private/a")).ReadError, Does.StartWith("disallowed by robots.txt"));
            Assert.That(Server.RequestsFor("/private/a"), Is.Empty);
            Assert.That(documents.Single(d => d.Key == Server.Url("/public/b")).ReadError, Is.Null);
            Assert.That(Server.RequestsFor("/robots.txt"), Has.Length.EqualTo(1), "robots.txt once per host per poll");
        });
    }

    [Test]
    public async Task Poll_IgnoreRobots_FetchesWhatRobotsDisallows(CancellationToken cancellationToken)
    {
        Server.MapText("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain");
        Server.MapText("/private/a", FeedXml.ArticlePage("Private"));
        SourceOptions options = _sut.Options(urls: ["/private/a"]);
        options.IgnoreRobots = true;

        List<SourceDocument> documents = await PollAsync(_sut.Create(options), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single().ReadError, Is.Null);
            Assert.That(Server.RequestsFor("/robots.txt"), Is.Empty);
        });
    }

    [Test]
    public async Task Poll_Always_SendsTheConfiguredUserAgent(CancellationToken cancellationToken)
    {
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));
        SourceOptions options = _sut.Options(urls: ["/a"]);
        options.UserAgent = "ExampleBot/2.0 (+https://example.org/bot)";

        await PollAsync(_sut.Create(options), cancellationToken);

        Assert.That(Server.RequestsFor("/a").Single().UserAgent, Is.EqualTo("ExampleBot/2.0 (+https://example.org/bot)"));
    }

    [Test]
    public async Task Check_ReachableFeedAndPage_IsOk(CancellationToken cancellationToken)
    {
        Server.MapText("/feed.xml", FeedXml.Rss(FeedXml.RssItem(Server.Url("/a"))), "application/rss+xml");
        Server.MapText("/a", FeedXml.ArticlePage("Story A"));

        SourceCheck check = await _sut.Create(_sut.Options(urls: ["/a"], index: ["/feed.xml"])).CheckAsync(cancellationToken);

        Assert.That(check, Is.EqualTo(SourceCheck.Ok));
    }

    [Test]
    public async Task Check_MissingPageAndDisallowedIndex_FailsNamingBoth(CancellationToken cancellationToken)
    {
        Server.MapText("/robots.txt", "User-agent: WireIngest\nDisallow: /feeds/\n", "text/plain");

        SourceCheck check = await _sut.Create(_sut.Options(urls: ["/gone"], index: ["/feeds/rss.xml"])).CheckAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(check.Succeeded, Is.False);
            Assert.That(check.Reason, Does.Contain("/feeds/rss.xml: disallowed by robots.txt").And.Contain("/gone: HTTP 404 Not Found"));
        });
    }
}
