using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class ArticleNormalizerTests
{
    private const string SeedCaption =
        "FILE PHOTO: Ukraine’s Foreign Minister Andrii Sybiha speaks at a joint press conference with his Czech counterpart Jan Lipavsky (not pictured), "
        + "amid Russia's attack on Ukraine, in Kyiv, Ukraine, November 22, 2024. REUTERS/Alina Smutko/File Photo Image: Reuters/Alina Smutko";

    private static readonly DocumentOrigin SeedOrigin = DocumentOrigin.FromFile("samples/inbox/japantoday-reuters-ukraine-nato.txt");

    [Test]
    public void Normalize_SeedDraft_MatchesAcceptanceCase()
    {
        Article article = new ArticleNormalizer().Normalize(SeedDraft(), SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Ukraine asks NATO for membership invite next week, letter shows"));
            Assert.That(article.HeadlineTags, Is.Empty);
            Assert.That(article.Byline?.Raw, Is.EqualTo("By John Irish and Tom Balmforth"));
            Assert.That(article.Byline?.By, Is.EqualTo("John Irish and Tom Balmforth"));
            Assert.That(string.Join("|", article.Byline?.Authors ?? []), Is.EqualTo("John Irish|Tom Balmforth"));
            Assert.That(article.Agency, Is.EqualTo("Reuters"));
            Assert.That(article.Syndicator, Is.EqualTo("Japan Today"));
            Assert.That(article.CommentCount, Is.EqualTo(10));
            Assert.That(article.Dateline, Is.Null);
            Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(SeedText.Paragraphs));
            Assert.That(article.Credits, Is.Empty);
            Assert.That(article.Copyright, Is.EqualTo(new CopyrightNotice("© Thomson Reuters 2024.", "Thomson Reuters", 2024)));
            Assert.That(article.PublisherCopyright, Is.EqualTo(new CopyrightNotice("©2024 GPlusMedia Inc.", "GPlusMedia Inc.", 2024)));
            Assert.That(article.Language, Is.EqualTo("en"));
            Assert.That(article.Format, Is.EqualTo(DocumentFormats.Text));
            Assert.That(article.Source, Is.EqualTo(SeedOrigin));
            Assert.That(article.Uri, Does.StartWith("urn:wireingest:"));
            Assert.That(article.Uri, Has.Length.EqualTo("urn:wireingest:".Length + 32));
        });

        Assert.That(article.Pictures, Has.Count.EqualTo(1));
        Picture picture = article.Pictures[0];
        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Does.StartWith("Ukraine’s Foreign Minister Andrii Sybiha speaks"));
            Assert.That(picture.Caption, Does.EndWith("in Kyiv, Ukraine, November 22, 2024."));
            Assert.That(picture.Caption, Does.Not.Contain("FILE PHOTO").And.Not.Contain("REUTERS").And.Not.Contain("Image:"));
            Assert.That(picture.Credit?.Raw, Is.EqualTo("REUTERS/Alina Smutko/File Photo"));
            Assert.That(picture.Credit?.Agency, Is.EqualTo("Reuters"));
            Assert.That(picture.Credit?.Photographer, Is.EqualTo("Alina Smutko"));
            Assert.That(picture.Credit?.FilePhoto, Is.True);
        });
    }

    [Test]
    public void Normalize_HashUri_DependsOnlyOnContent()
    {
        var normalizer = new ArticleNormalizer();
        ExtractedArticle changed = SeedDraft();
        changed.Body.RemoveAt(changed.Body.Count - 1);

        string first = normalizer.Normalize(SeedDraft(), SeedOrigin).Uri;
        string second = normalizer.Normalize(SeedDraft(), SeedOrigin).Uri;
        string other = normalizer.Normalize(changed, SeedOrigin).Uri;

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Normalize_TaggedHeadlineOnPage_ShowsHeadlineWithoutTagsAndRecordsThem()
    {
        ExtractedArticle draft = Draft("UPDATE 2-INTERVIEW-Ukraine minister says invite is due", "KYIV, Nov 29 (Reuters) - Ukraine's minister said on Friday an invitation was due.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo("Ukraine minister says invite is due"));
            Assert.That(article.UntaggedHeadline, Is.Null);
            Assert.That(string.Join("|", article.HeadlineTags), Is.EqualTo("UPDATE 2|INTERVIEW"));
        });
    }

    [Test]
    public void Normalize_PageBylineNamingTheSiteAndAnAgency_CreditsTheirJointCredit()
    {
        ExtractedArticle draft = Draft("Frappes sur Soumy", "Des frappes russes ont fait au moins deux morts à Soumy ce vendredi.");
        draft.Byline = "Par Le Quotidien et AFP";
        draft.Syndicator = "Le Quotidien";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline!.Authors, Is.Empty);
            Assert.That(article.Byline.Writers, Is.EqualTo(new[] { "Le Quotidien et AFP" }));
        });
    }

    [Test]
    public void Normalize_PageBylineParagraphNamingTheSite_CreditsOnlyThePerson()
    {
        ExtractedArticle draft = Draft("Hafen wächst", "By Nordkurier and Jana Berg", "Der Hafen hat im vergangenen Jahr mehr Fracht umgeschlagen als je zuvor, teilte die Betreibergesellschaft mit.");
        draft.Syndicator = "Nordkurier";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Byline!.Writers, Is.EqualTo(new[] { "Jana Berg" }));
    }

    [Test]
    public void Normalize_PageDateLineAboveTheText_IsDropped()
    {
        string[] text = [.. Enumerable.Range(1, 4).Select(i => $"Der Hafen hat im Quartal {i} mehr Fracht umgeschlagen als je zuvor, teilte die Betreibergesellschaft mit.")];
        ExtractedArticle draft = Draft("Hafen wächst", ["28.04.2023 | 17:52 Uhr", .. text, "19.11.2021"]);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        // Only near the top: a date line further down may belong to the story (a timeline, a quoted letter's date).
        Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(text.Append("19.11.2021")));
    }

    [Test]
    public void Normalize_PageDateLineAboveBylineParagraph_ReadsTheByline()
    {
        const string Text = "Der Hafen hat im vergangenen Jahr mehr Fracht umgeschlagen als je zuvor, teilte die Betreibergesellschaft mit.";
        ExtractedArticle draft = Draft("Hafen wächst", "Nov. 20, 2019, 9:28 AM UTC", "By Jana Berg", Text);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline?.Authors, Is.EqualTo(new[] { "Jana Berg" }));
            Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(new[] { Text }));
        });
    }

    [Test]
    public void Normalize_WireDateLine_StaysProviderCopy()
    {
        ExtractedArticle draft = DraftIn(DocumentFormats.WireText, "Floods close roads", "Nov. 20, 2019, 9:28 AM UTC", "Floods closed roads across the region on Tuesday, the police said.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Body.Select(b => b.Text), Does.Contain("Nov. 20, 2019, 9:28 AM UTC"));
    }

    [TestCase(DocumentFormats.NewsMlG2, "UPDATE 2-INTERVIEW-Ukraine  minister says invite is due", "UPDATE 2-INTERVIEW-Ukraine minister says invite is due", "Ukraine minister says invite is due", "UPDATE 2|INTERVIEW")]
    [TestCase(DocumentFormats.WireText, "CORRECTED-Floods close roads =2", "CORRECTED-Floods close roads =2", "Floods close roads", "CORRECTED|=2")]
    [TestCase(DocumentFormats.Nitf, "PRECIOUS-Gold rises", "PRECIOUS-Gold rises", null, "")]
    public void Normalize_WireHeadline_IsKeptAsSentWithUntaggedCopyWhenTagged(string format, string sent, string main, string? untagged, string tags)
    {
        ExtractedArticle draft = DraftIn(format, sent, "KYIV, Nov 29 (Reuters) - Ukraine's minister said on Friday an invitation was due.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Is.EqualTo(main));
            Assert.That(article.UntaggedHeadline, Is.EqualTo(untagged));
            Assert.That(string.Join("|", article.HeadlineTags), Is.EqualTo(tags));
        });
    }

    [Test]
    public void Normalize_WireUpdates_KeepTheUriDerivedFromTheUntaggedHeadline()
    {
        const string Lead = "KYIV, Nov 29 (Reuters) - Ukraine's minister said on Friday an invitation was due.";

        Article first = new ArticleNormalizer().Normalize(DraftIn(DocumentFormats.WireText, "UPDATE 1-Ukraine minister says invite is due", Lead), new DocumentOrigin(null, null));
        Article second = new ArticleNormalizer().Normalize(DraftIn(DocumentFormats.WireText, "UPDATE 2-Ukraine minister says invite is due", Lead), new DocumentOrigin(null, null));

        Assert.That(second.Uri, Is.EqualTo(first.Uri));
    }

    [Test]
    public void Normalize_UnconfirmedTagsEnabled_PassesOptionsToTagger()
    {
        var options = new NormalizationOptions { HeadlineTags = new HeadlineTagOptions { EnableUnconfirmedTags = true } };

        Article article = new ArticleNormalizer(options).Normalize(Draft("EXCLUSIVE-Bank plans cuts", "The bank plans to cut jobs, sources said."), SeedOrigin);

        Assert.That(article.Headline, Is.EqualTo("Bank plans cuts"));
    }

    [Test]
    public void Normalize_LeadDateline_IsRecordedAndKeptInBody()
    {
        const string Lead = "BRUSSELS/KYIV, Nov 29 (Reuters) - Ukraine has asked NATO for an invitation.";
        ExtractedArticle draft = Draft("Ukraine asks NATO", Lead);
        draft.FirstCreated = new DateTimeOffset(2024, 11, 29, 10, 0, 0, TimeSpan.Zero);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Dateline?.Raw, Is.EqualTo("BRUSSELS/KYIV, Nov 29 (Reuters)"));
            Assert.That(article.Dateline?.Date, Is.EqualTo("2024-11-29"));
            Assert.That(article.Agency, Is.EqualTo("Reuters"));
            Assert.That(article.Body[0].Text, Is.EqualTo(Lead));
        });
    }

    // A G2 <dateline> holds a timestamp: the body lead gives the story dateline instead.
    [TestCase("2018-01-21 20:23:15 GMT+00:00", "LIMA, Jan 21 (Reuters) - Pope Francis departed Peru for Rome on Sunday.", "2018-01-21T20:23:15Z", "Lima", "2018-01-21")]
    [TestCase("NEW YORK, Jan. 5", "Stocks fell on Monday as investors worried about rates.", "2015-01-05T18:00:00Z", "New York", "2015-01-05")]
    public void Normalize_DraftDateline_IsParsedOrFallsBackToLead(string draftDateline, string lead, string versionCreated, string place, string date)
    {
        ExtractedArticle draft = Draft("Headline", lead);
        draft.Dateline = draftDateline;
        draft.VersionCreated = DateTimeOffset.Parse(versionCreated, System.Globalization.CultureInfo.InvariantCulture);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join("|", article.Dateline?.Places ?? []), Is.EqualTo(place));
            Assert.That(article.Dateline?.Date, Is.EqualTo(date));
        });
    }

    [Test]
    public void Normalize_AdvisoryLinesBeforeDateline_DatelineIsStillFound()
    {
        ExtractedArticle draft = Draft(
            "UPDATE 1-Gold rises",
            "(Adds comments, detail)",
            "* Spot gold may edge up",
            "SINGAPORE, Jan 30 (Reuters) - Gold rose on Monday.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(string.Join("|", article.Dateline?.Places ?? []), Is.EqualTo("Singapore"));
    }

    [Test]
    public void Normalize_TrashLineFiveBulletsAndBylineBeforeDateline_BylineDroppedAndDatelineFound()
    {
        ExtractedArticle draft = Draft(
            "PRECIOUS-Gold rises",
            "(Adds comments, detail)",
            "* Spot gold may edge up",
            "* Investors eye Fed meeting",
            "* Dollar index down 0.1 percent",
            "* Silver firms",
            "* Platinum steady",
            "By Arpan Varghese",
            "Jan 30 (Reuters) - Gold rose on Tuesday.");
        draft.Byline = "By Arpan Varghese";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text), Has.None.EqualTo("By Arpan Varghese"));
            Assert.That(article.Dateline?.Raw, Is.EqualTo("Jan 30 (Reuters)"));
        });
    }

    [Test]
    public void Normalize_WireBylineParagraphBeforeDateline_BylineKeptAndDatelineFound()
    {
        ExtractedArticle draft = DraftIn(
            DocumentFormats.NewsMlG2,
            "UPDATE 1-Statue of Liberty to reopen",
            "(Adds Gov. Cuomo's announcement)",
            "By Joseph Ax",
            "NEW YORK, Jan 21 (Reuters) - The Statue of Liberty will reopen on Monday.");
        draft.Byline = "By Joseph Ax";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text), Has.Some.EqualTo("By Joseph Ax"));
            Assert.That(article.Dateline?.Raw, Is.EqualTo("NEW YORK, Jan 21 (Reuters)"));
        });
    }

    [Test]
    public void Normalize_OtherShortLineBeforeDateline_DatelineIsNotSought()
    {
        ExtractedArticle draft = DraftIn(DocumentFormats.NewsMlG2, "Statue of Liberty to reopen", "By the river", "NEW YORK, Jan 21 (Reuters) - The statue will reopen.");
        draft.Byline = "By Joseph Ax";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Dateline, Is.Null);
    }

    [Test]
    public void Normalize_BulletListItemsBeforeDateline_DatelineIsStillFound()
    {
        ExtractedArticle draft = Draft("UPDATE 1-Gold rises");
        draft.Body.Add(BodyBlock.Paragraph("(Adds comments, detail)"));
        draft.Body.Add(new BodyBlock(BodyBlockKind.ListItem, "Spot gold may edge up"));
        draft.Body.Add(new BodyBlock(BodyBlockKind.ListItem, "Investors eye Fed meeting"));
        draft.Body.Add(BodyBlock.Paragraph("SINGAPORE, Jan 30 (Reuters) - Gold rose on Monday."));

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Dateline?.Raw, Is.EqualTo("SINGAPORE, Jan 30 (Reuters)"));
    }

    [Test]
    public void Normalize_MarkupLeftInPlainText_IsDroppedAndDatelineFound()
    {
        ExtractedArticle draft = Draft("Catalan declaration unacceptable", "<p>", "(ANSA) - Rome, October 11 - Italy's foreign minister said the declaration is unacceptable.", "</p>");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body, Has.Count.EqualTo(1));
            Assert.That(article.Dateline?.Agency, Is.EqualTo("ANSA"));
            Assert.That(article.Dateline?.Places, Is.EqualTo(new[] { "Rome" }));
        });
    }

    [Test]
    public void Normalize_ProseBeforeDatelineLikeText_FindsNoDateline()
    {
        ExtractedArticle draft = Draft("Gold rises", "Gold rose on Monday.", "SINGAPORE, Jan 30 (Reuters) - quoted in a later paragraph.");

        Assert.That(new ArticleNormalizer().Normalize(draft, SeedOrigin).Dateline, Is.Null);
    }

    [Test]
    public void Normalize_BylineInFirstParagraph_IsTakenAndDropped()
    {
        ExtractedArticle draft = Draft("Ukraine asks NATO", "By John Irish and Tom Balmforth", "Ukraine has asked NATO for an invitation, a letter shows.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join("|", article.Byline?.Authors ?? []), Is.EqualTo("John Irish|Tom Balmforth"));
            Assert.That(string.Join("|", article.Body.Select(b => b.Text)), Is.EqualTo("Ukraine has asked NATO for an invitation, a letter shows."));
        });
    }

    [Test]
    public void Normalize_FirstParagraphStartingWithByWord_StaysInBody()
    {
        const string Prose = "By taking off just the top half of bread, you save calories";
        ExtractedArticle draft = Draft("Eat less bread", Prose, "Nutritionists agree.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline, Is.Null);
            Assert.That(article.Body[0].Text, Is.EqualTo(Prose));
        });
    }

    [Test]
    public void Normalize_BodyRepeatsDraftByline_RepeatIsDropped()
    {
        ExtractedArticle draft = Draft("Ukraine asks NATO", "BY JOHN IRISH AND TOM BALMFORTH", "Ukraine has asked NATO for an invitation, a letter shows.");
        draft.Byline = "By John Irish and Tom Balmforth";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Body, Has.Count.EqualTo(1));
    }

    [Test]
    public void Normalize_TrailerAndCopyrightInBody_AreMovedOut()
    {
        ExtractedArticle draft = Draft(
            "Oil rises",
            "Jan 30 (Reuters) - Oil prices rose on Tuesday.",
            "Brent crude gained 1%.",
            "(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)",
            "(c) Copyright Thomson Reuters 2017. Click For Restrictions - http://about.reuters.com/fulllegal.asp");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join("|", article.Body.Select(b => b.Text)), Is.EqualTo("Jan 30 (Reuters) - Oil prices rose on Tuesday.|Brent crude gained 1%."));
            Assert.That(string.Join("|", article.Credits.Select(c => c.Role)), Is.EqualTo("reporting|editing"));
            Assert.That(article.Copyright?.Holder, Is.EqualTo("Thomson Reuters"));
            Assert.That(article.PublisherCopyright, Is.Null);
        });
    }

    [TestCase(DocumentFormats.NewsMlG2)]
    [TestCase(DocumentFormats.WireText)]
    public void Normalize_TrailerInWireBody_IsKeptAsProviderCopyAndReadIntoCredits(string format)
    {
        const string Trailer = "(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)";
        ExtractedArticle draft = DraftIn(format, "Oil rises", "Jan 30 (Reuters) - Oil prices rose on Tuesday.", Trailer);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text).Last(), Is.EqualTo(Trailer));
            Assert.That(string.Join("|", article.Credits.Select(c => c.Role)), Is.EqualTo("reporting|editing"));
        });
    }

    [Test]
    public void Normalize_NoHeadline_UsesFirstSentenceAfterDateline()
    {
        ExtractedArticle draft = Draft(null, "TOKYO (Reuters) - Japan's economy grew 1.2% in the U.S. dollar terms last quarter. Exports rose.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Headline, Is.EqualTo("Japan's economy grew 1.2% in the U.S. dollar terms last quarter"));
    }

    [TestCase(DocumentFormats.NewsMlG2)]
    [TestCase(DocumentFormats.Ritzau)]
    [TestCase(DocumentFormats.Nitf)]
    public void Normalize_WireItemWithoutHeadline_UsesFirstHundredCharactersOfText(string format)
    {
        string first = "*** NOTE: THIS IS AN AUTOMATED TRANSLATION ***";
        string second = "HELSINKI (STT) - The unemployment law went through parliament on Tuesday after a long debate.";
        ExtractedArticle draft = DraftIn(format, null, first, second);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        // Superdesk cuts the text (paragraphs joined by a blank line) at 100 characters, mid-word if need be.
        Assert.That(article.Headline, Is.EqualTo("*** NOTE: THIS IS AN AUTOMATED TRANSLATION *** HELSINKI (STT) - The unemployment law went through p"));
    }

    [Test]
    public void Normalize_NoHeadlineLongSentence_IsTruncatedAtWord()
    {
        string sentence = string.Join(' ', Enumerable.Repeat("Ministers discussed the budget", 10));
        Article article = new ArticleNormalizer().Normalize(Draft(null, sentence + "."), SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline, Has.Length.LessThanOrEqualTo(121));
            Assert.That(article.Headline, Does.EndWith("…"));
            Assert.That(sentence, Does.StartWith(article.Headline.TrimEnd('…')));
        });
    }

    [Test]
    public void Normalize_NoHeadlineNoBody_IsRejected()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new ArticleNormalizer().Normalize(Draft(null), SeedOrigin));

        Assert.That(ex!.Message, Is.EqualTo("no headline"));
    }

    [TestCase(DocumentFormats.Html)]
    [TestCase(DocumentFormats.Text)]
    public void Normalize_OnlyChromeInPageBody_IsRejected(string format)
    {
        ExtractedArticle draft = DraftIn(format, "Ukraine asks NATO", "By John Irish", " ", "© Thomson Reuters 2024.");

        var ex = Assert.Throws<DocumentRejectedException>(() => new ArticleNormalizer().Normalize(draft, SeedOrigin));

        Assert.That(ex!.Message, Is.EqualTo("not an article: no body paragraph left after chrome removal"));
    }

    [TestCase(PubStatuses.Canceled, DocumentFormats.NewsMlG2, "CORRECTED-Floods close roads", "CORRECTED-Floods close roads")]
    [TestCase(PubStatuses.Withheld, DocumentFormats.Ninjs, "Results", "Results")]
    [TestCase(PubStatuses.Canceled, DocumentFormats.Html, null, "")]
    public void Normalize_KillOrWithheldItemWithoutBody_GoesThroughWithEmptyBody(string status, string format, string? headline, string expectedHeadline)
    {
        var draft = new ExtractedArticle { Format = format, Headline = headline, PubStatus = status, Uri = "tag:reuters.com,2016:newsml_L1N14N0FF" };

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.PubStatus, Is.EqualTo(status));
            Assert.That(article.Body, Is.Empty);
            Assert.That(article.Headline, Is.EqualTo(expectedHeadline));
            Assert.That(article.Uri, Is.EqualTo("tag:reuters.com,2016:newsml_L1N14N0FF"));
        });
    }

    [Test]
    public void Normalize_KillWithoutHeadlineWhoseOnlyBlockIsADatelinedListItem_HeadlineIsTheStartOfItsText()
    {
        var draft = new ExtractedArticle { Format = DocumentFormats.NewsMlG2, PubStatus = PubStatuses.Canceled };
        draft.Body.Add(new BodyBlock(BodyBlockKind.ListItem, "LONDON (Reuters) - Story withdrawn"));

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            // A wire item without headline is headed by the start of its text (Superdesk's convention), list items included.
            Assert.That(article.Headline, Is.EqualTo("LONDON (Reuters) - Story withdrawn"));
            Assert.That(article.Dateline?.Agency, Is.EqualTo("Reuters"));
        });
    }

    [TestCase(DocumentFormats.NewsMlG2)]
    [TestCase(DocumentFormats.Nitf)]
    public void Normalize_WireItemWhoseBodyRepeatsByline_KeepsTheProvidersParagraph(string format)
    {
        ExtractedArticle draft = DraftIn(format, "Soccer-Benitez pleads for support", "By Toby Davis", "LONDON, March 1 (Reuters) - Chelsea's manager pleaded for support.");
        draft.Byline = "By Toby Davis";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body.Select(b => b.Text).First(), Is.EqualTo("By Toby Davis"));
            Assert.That(article.Body, Has.Count.EqualTo(2));
            Assert.That(article.Byline?.Authors, Is.EqualTo(new[] { "Toby Davis" }));
            Assert.That(article.Byline?.By, Is.EqualTo("Toby Davis"));
        });
    }

    [Test]
    public void Normalize_WireItemWithoutDeclaredBylineStartingWithOne_TakesItAndKeepsTheParagraph()
    {
        ExtractedArticle draft = DraftIn(DocumentFormats.NewsMlG2, "Macy at SAG Awards", "By Daniel Holloway", "LOS ANGELES (Variety.com) - William H. Macy revealed Sunday a secret.");

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Byline?.Authors, Is.EqualTo(new[] { "Daniel Holloway" }));
            Assert.That(article.Body.Select(b => b.Text).First(), Is.EqualTo("By Daniel Holloway"));
        });
    }

    [Test]
    public void Normalize_PageWhoseBodyRepeatsByline_RemovesTheRepeat()
    {
        ExtractedArticle draft = Draft("Benitez pleads for support", "By Toby Davis", "Chelsea's manager pleaded for support.");
        draft.Byline = "By Toby Davis";

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Body.Select(b => b.Text), Is.EqualTo(new[] { "Chelsea's manager pleaded for support." }));
    }

    [TestCase(DocumentFormats.Nitf, "By Benjamin Wright, Press Association", "Benjamin Wright, Press Association")]
    [TestCase(DocumentFormats.Anpa1312, "By The Associated Press", "The Associated Press")]
    [TestCase(DocumentFormats.Html, "By Benjamin Wright, Press Association", "Benjamin Wright")]
    [TestCase(DocumentFormats.Html, "By Reuters", "Reuters")]
    public void Normalize_Byline_ByIsPrintedForWireAndNamesForPages(string format, string raw, string expected)
    {
        ExtractedArticle draft = DraftIn(format, "Brexit talks", "The UK risks breaking up, the first minister said.");
        draft.Byline = raw;

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.That(article.Byline?.By, Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_UsableWireItemWithoutHeadlineOrBody_IsRejected()
    {
        var draft = new ExtractedArticle { Format = DocumentFormats.NewsMlG2 };

        Assert.Throws<DocumentRejectedException>(() => new ArticleNormalizer().Normalize(draft, SeedOrigin));
    }

    [TestCase("Reuters", "Reuters", null)]
    [TestCase("Japan Today", "Reuters", "Japan Today")]
    [TestCase("reuters.com", "Reuters", null)]
    public void Normalize_SiteName_IsSyndicatorOnlyForAnotherAgencysStory(string site, string agency, string? expected)
    {
        ExtractedArticle draft = Draft("Ukraine asks NATO", "LONDON (Reuters) - Ukraine has asked NATO for an invitation.");
        draft.Syndicator = site;

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Agency, Is.EqualTo(agency));
            Assert.That(article.Syndicator, Is.EqualTo(expected));
        });
    }

    // Columns: lead, document agency, site name, the site's or provider's notice → agency, syndicator, Copyright holder, PublisherCopyright holder.
    [TestCase("The city council approved the budget on Monday.", null, "Springfield Herald", "© 2024 Springfield Herald Ltd.", null, null, "Springfield Herald Ltd.", null)]
    [TestCase("NEW YORK (AP) — Stocks fell on Monday.", null, "Springfield Herald", "© 2024 Springfield Herald", "AP", "Springfield Herald", null, "Springfield Herald")]
    [TestCase("Results of matches on Sunday.", "Reuters", null, "(c) Copyright Opta Sports Data 2018", "Reuters", null, "Opta Sports Data", null)]
    public void Normalize_NonAgencyNotice_GoesToPublisherCopyrightOnlyWhenSyndicated(
        string lead, string? draftAgency, string? site, string notice, string? agency, string? syndicator, string? copyright, string? publisherCopyright)
    {
        ExtractedArticle draft = Draft("Headline", lead);
        draft.Agency = draftAgency;
        draft.Syndicator = site;
        draft.CopyrightLines.Add(notice);

        Article article = new ArticleNormalizer().Normalize(draft, SeedOrigin);

        Assert.Multiple(() =>
        {
            Assert.That(article.Agency, Is.EqualTo(agency));
            Assert.That(article.Syndicator, Is.EqualTo(syndicator));
            Assert.That(article.Copyright?.Holder, Is.EqualTo(copyright));
            Assert.That(article.PublisherCopyright?.Holder, Is.EqualTo(publisherCopyright));
        });
    }

    // A wire item's rights field may hold only a name; a page's footer link "Copyright Policy" is no notice.
    [TestCase(DocumentFormats.NewsMl12, "Belga", "Belga")]
    [TestCase(DocumentFormats.Html, "Copyright Policy", null)]
    public void Normalize_BareNameCopyrightLine_IsANoticeOnlyForWireItems(string format, string line, string? holder)
    {
        ExtractedArticle draft = DraftIn(format, "Ring road closed", "The ring road will be closed in July and August.");
        draft.CopyrightLines.Add(line);

        Assert.That(new ArticleNormalizer().Normalize(draft, SeedOrigin).Copyright?.Holder, Is.EqualTo(holder));
    }

    [TestCase("The Associated Press", null, null, "AP")]
    [TestCase(null, "By Jane Roe, AFP", null, "AFP")]
    [TestCase(null, null, "Crowds gather. REUTERS/Ann Lee", "Reuters")]
    [TestCase(null, null, "Crowds gather. Getty Images", null)]
    [TestCase("Opta", null, null, "Opta")]
    public void Normalize_AgencySources_AreUsedInOrder(string? draftAgency, string? byline, string? caption, string? expected)
    {
        ExtractedArticle draft = Draft("Crowds gather", "Crowds gathered in the square on Sunday.");
        draft.Agency = draftAgency;
        draft.Byline = byline;
        if (caption is not null)
        {
            draft.Pictures.Add(new RawPicture(caption));
        }

        Assert.That(new ArticleNormalizer().Normalize(draft, SeedOrigin).Agency, Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_DuplicatePictures_AreKeptOnce()
    {
        ExtractedArticle draft = Draft("Crowds gather", "Crowds gathered in the square on Sunday.");
        draft.Pictures.Add(new RawPicture("Crowds gather. REUTERS/Ann Lee", Href: "https://example.com/1.jpg"));
        draft.Pictures.Add(new RawPicture("Crowds gather. REUTERS/Ann Lee", Href: "https://example.com/1.jpg"));

        Assert.That(new ArticleNormalizer().Normalize(draft, SeedOrigin).Pictures, Has.Count.EqualTo(1));
    }

    [TestCase("en-us", "en-US")]
    [TestCase("EN_gb", "en-GB")]
    [TestCase("zh-hant-tw", "zh-Hant-TW")]
    [TestCase("de", "de")]
    public void Normalize_DeclaredLanguage_IsKeptInCanonicalCase(string declared, string expected)
    {
        ExtractedArticle draft = Draft("Crowds gather", "Crowds gathered in the square on Sunday.");
        draft.Language = declared;

        Assert.That(new ArticleNormalizer().Normalize(draft, SeedOrigin).Language, Is.EqualTo(expected));
    }

    [TestCase("tag:reuters.com,0000:newsml_L4N1FL0N0", null, null, "tag:reuters.com,0000:newsml_L4N1FL0N0")]
    [TestCase("L4N1FL0N0", "https://example.com/story", null, "https://example.com/story")]
    [TestCase(null, null, "https://example.com/page", "https://example.com/page")]
    [TestCase(null, null, "ftp://example.com/page", null)]
    public void Normalize_Uri_PrefersProviderThenCanonicalThenPage(string? uri, string? canonical, string? url, string? expected)
    {
        ExtractedArticle draft = Draft("Crowds gather", "Crowds gathered in the square on Sunday.");
        draft.Uri = uri;
        draft.CanonicalUrl = canonical;

        string actual = new ArticleNormalizer().Normalize(draft, new DocumentOrigin("in.html", url)).Uri;

        Assert.That(actual, expected is null ? Does.StartWith("urn:wireingest:") : Is.EqualTo(expected));
    }

    private static ExtractedArticle SeedDraft()
    {
        var draft = new ExtractedArticle
        {
            Format = DocumentFormats.Text,
            Headline = "Ukraine asks NATO for membership invite next week, letter shows",
            Byline = "By John Irish and Tom Balmforth",
            Syndicator = "Japan Today",
            CommentCount = 10,
        };
        draft.Pictures.Add(new RawPicture(SeedCaption));
        draft.CopyrightLines.Add("© Thomson Reuters 2024.");
        draft.CopyrightLines.Add("©2024 GPlusMedia Inc.");
        draft.Body.AddRange(SeedText.Paragraphs.Select(BodyBlock.Paragraph));
        return draft;
    }

    private static ExtractedArticle Draft(string? headline, params string[] paragraphs) => DraftIn(DocumentFormats.Html, headline, paragraphs);

    private static ExtractedArticle DraftIn(string format, string? headline, params string[] paragraphs)
    {
        var draft = new ExtractedArticle { Format = format, Headline = headline };
        draft.Body.AddRange(paragraphs.Select(BodyBlock.Paragraph));
        return draft;
    }
}
