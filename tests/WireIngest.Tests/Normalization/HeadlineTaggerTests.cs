using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class HeadlineTaggerTests
{
    [TestCase("UPDATE 2-Ukraine asks NATO for invite", "Ukraine asks NATO for invite", "UPDATE 2")]
    [TestCase("Update 1-Ukraine asks NATO for invite", "Ukraine asks NATO for invite", "UPDATE 1")]
    [TestCase("UPDATE 2-INTERVIEW-Ukraine minister says", "Ukraine minister says", "UPDATE 2|INTERVIEW")]
    [TestCase("WRAPUP 1-Soccer-Turkish championship result", "Soccer-Turkish championship result", "WRAPUP 1")]
    [TestCase("CORRECTED-UPDATE 3-Oil falls", "Oil falls", "CORRECTED|UPDATE 3")]
    [TestCase("REFILE-Bank raises rates", "Bank raises rates", "REFILE")]
    [TestCase("ANALYSIS-Why markets fell", "Why markets fell", "ANALYSIS")]
    [TestCase("FACTBOX-Key facts about NATO", "Key facts about NATO", "FACTBOX")]
    [TestCase("Factbox: Key facts about NATO", "Key facts about NATO", "FACTBOX")]
    [TestCase("INSTANT VIEW-Fed holds rates", "Fed holds rates", "INSTANT VIEW")]
    [TestCase("TEXT-Statement by the central bank", "Statement by the central bank", "TEXT")]
    [TestCase("REPEAT-Stocks rally", "Stocks rally", "REPEAT")]
    [TestCase("Ukraine asks NATO for invite =2", "Ukraine asks NATO for invite", "=2")]
    [TestCase("UPDATE 1-Ukraine asks NATO for invite=3", "Ukraine asks NATO for invite", "UPDATE 1|=3")]
    [TestCase(">>>ANSA/Gazprom cuts Italy gas supplies", "Gazprom cuts Italy gas supplies", ">>>ANSA")]
    [TestCase(">>> ANSA / UPDATE 1-Gas flows resume", "Gas flows resume", ">>>ANSA|UPDATE 1")]
    public void Strip_TaggedHeadline_RemovesAndRecordsTags(string headline, string expected, string tags)
    {
        HeadlineTagResult result = new HeadlineTagger().Strip(headline);

        Assert.Multiple(() =>
        {
            Assert.That(result.Headline, Is.EqualTo(expected));
            Assert.That(result.Tags, Is.EqualTo(tags.Split('|')));
        });
    }

    [TestCase("PRECIOUS-Gold rises on safe-haven demand")]
    [TestCase("Soccer-Turkish championship result")]
    [TestCase("Text-based chatbots spread")]
    [TestCase("Interviews with survivors reveal scale of flood")]
    [TestCase("USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)")]
    [TestCase("RPT-Stocks rally")]
    [TestCase("EXCLUSIVE-Bank plans job cuts")]
    [TestCase("UPDATE 1-")]
    [TestCase("Ukraine asks NATO for membership invite next week, letter shows")]
    public void Strip_NoConfirmedTag_KeepsHeadline(string headline)
    {
        HeadlineTagResult result = new HeadlineTagger().Strip(headline);

        Assert.Multiple(() =>
        {
            Assert.That(result.Headline, Is.EqualTo(headline));
            Assert.That(result.Tags, Is.Empty);
        });
    }

    [TestCase("RPT-Stocks rally", "Stocks rally", "RPT")]
    [TestCase("EXCLUSIVE-Bank plans job cuts", "Bank plans job cuts", "EXCLUSIVE")]
    [TestCase("Breakingviews - Banks face a reckoning", "Banks face a reckoning", "BREAKINGVIEWS")]
    public void Strip_UnconfirmedTagsEnabled_RemovesThem(string headline, string expected, string tag)
    {
        HeadlineTagResult result = new HeadlineTagger(new HeadlineTagOptions { EnableUnconfirmedTags = true }).Strip(headline);

        Assert.Multiple(() =>
        {
            Assert.That(result.Headline, Is.EqualTo(expected));
            Assert.That(result.Tags, Is.EqualTo(new[] { tag }));
        });
    }

    [Test]
    public void Strip_AdditionalTag_IsRemovedInUpperCase()
    {
        var options = new HeadlineTagOptions();
        options.AdditionalTags.Add("Breaking");

        HeadlineTagResult result = new HeadlineTagger(options).Strip("Breaking: Earthquake hits city");

        Assert.Multiple(() =>
        {
            Assert.That(result.Headline, Is.EqualTo("Earthquake hits city"));
            Assert.That(string.Join("|", result.Tags), Is.EqualTo("BREAKING"));
        });
    }
}
