using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class ImageCreditParserTests
{
    private const string SeedCaption =
        "FILE PHOTO: Ukraine’s Foreign Minister Andrii Sybiha speaks at a joint press conference with his Czech counterpart Jan Lipavsky (not pictured), "
        + "amid Russia's attack on Ukraine, in Kyiv, Ukraine, November 22, 2024. REUTERS/Alina Smutko/File Photo Image: Reuters/Alina Smutko";

    [Test]
    public void Normalize_SeedCaption_SplitsCaptionAndAgencyCredit()
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture(SeedCaption));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.EqualTo(
                "Ukraine’s Foreign Minister Andrii Sybiha speaks at a joint press conference with his Czech counterpart Jan Lipavsky (not pictured), "
                + "amid Russia's attack on Ukraine, in Kyiv, Ukraine, November 22, 2024."));
            Assert.That(picture.Credit, Is.EqualTo(new ImageCredit("REUTERS/Alina Smutko/File Photo", "Reuters", "Alina Smutko", true, false, false)));
        });
    }

    // Expected flags: F = file photo, P = pool, H = handout.
    [TestCase("REUTERS/Alina Smutko", "Reuters", "Alina Smutko", "")]
    [TestCase("REUTERS/Ivan Alvarado/File Photo", "Reuters", "Ivan Alvarado", "F")]
    [TestCase("Kirsty Wigglesworth/Pool via REUTERS", "Reuters", "Kirsty Wigglesworth", "P")]
    [TestCase("Jung Yeon-Je/Pool via REUTERS/File Photo", "Reuters", "Jung Yeon-Je", "FP")]
    [TestCase("REUTERS/SANA/Handout via Reuters", "Reuters", null, "H")]
    [TestCase("REUTERS/Syria TV via Reuters TV", "Reuters", null, "")]
    [TestCase("Handout via Reuters", "Reuters", null, "H")]
    [TestCase("(AP Photo/Natacha Pisarenko)", "AP", "Natacha Pisarenko", "")]
    [TestCase("(AP Photo/Mark J. Terrill, File)", "AP", "Mark J. Terrill", "F")]
    [TestCase("(DHA via AP, File)", "AP", null, "F")]
    [TestCase("(AFP PHOTO / GABRIEL BOUYS)", "AFP", "Gabriel Bouys", "")]
    [TestCase("(Photo: AFP / Johannes Eisele)", "AFP", "Johannes Eisele", "")]
    [TestCase("Brendan Smialowski/AFP/Getty Images", "AFP", "Brendan Smialowski", "")]
    [TestCase("Image: Reuters/Alina Smutko", "Reuters", "Alina Smutko", "")]
    [TestCase("Ivan Alvarado / Reuters", "Reuters", "Ivan Alvarado", "")]
    [TestCase("Ritzau Scanpix/Ida Marie Odgaard via REUTERS/File Photo ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. DENMARK OUT.", "Reuters", "Ida Marie Odgaard", "F")]
    [TestCase("(photo credit: REUTERS/VALENTYN OGIRENKO/FILE PHOTO)", "Reuters", "Valentyn Ogirenko", "F")]
    [TestCase("Photo: John Smith/The Daily Star", "The Daily Star", "John Smith", "")]
    [TestCase("Credit: Jane Roe/AFP", "AFP", "Jane Roe", "")]
    [TestCase("Foto: Anna Weber/dpa", "dpa", "Anna Weber", "")]
    [TestCase("Getty Images", "Getty Images", null, "")]
    [TestCase("Shutterstock", "Shutterstock", null, "")]
    [TestCase("REUTERS/Beawiharta", "Reuters", "Beawiharta", "")]
    [TestCase("STT–AFP", "STT", null, "")]
    [TestCase("Opta Sports Data", "Opta Sports Data", null, "")]
    [TestCase("REUTERS/Stringer", "Reuters", null, "")]
    [TestCase("Florion Goga (REUTERS)", "Reuters", "Florion Goga", "")]
    [TestCase("IMAGO / Tischler", "IMAGO", "Tischler", "")]
    [TestCase("Tara Atkinson for Rest of World", "Rest of World", "Tara Atkinson", "")]
    [TestCase("photo illustration by Tim Hubbard / Los Angeles Times", "Los Angeles Times", "Tim Hubbard", "")]
    [TestCase("Frank van Beek / UN Photo / ICJ-CIJ. Courtesy of the ICJ", "UN Photo", "Frank van Beek", "")]
    [TestCase("Robert F. Bukaty / AP", "AP", "Robert F. Bukaty", "")]
    [TestCase("picture alliance/dpa", "dpa", null, "")]
    [TestCase("HANDOUT / AFP", "AFP", null, "H")]
    [TestCase("© dpa | Jens Kalaene", "dpa", "Jens Kalaene", "")]
    [TestCase("© FUNKE Foto Services | Reto Klar", "FUNKE Foto Services", "Reto Klar", "")]
    [TestCase("© AP/dpa | Richard Drew", "AP", "Richard Drew", "")]
    [TestCase("© 2019 Al Jazeera Media Network", "Al Jazeera Media Network", null, "")]
    [TestCase("© methaphum / stock.adobe.com", null, "methaphum", "")]
    [TestCase("© Shutterstock", "Shutterstock", null, "")]
    [TestCase("Quelle: Martin Schutt/dpa", "dpa", "Martin Schutt", "")]
    [TestCase("Source: Russian Defense Ministry, October 25, 2019", "Russian Defense Ministry", null, "")]
    public void ParseCredit_Form_ReadsAgencyPhotographerAndFlags(string credit, string? agency, string? photographer, string flags)
    {
        ImageCredit? parsed = ImageCreditParser.ParseCredit(credit);

        Assert.That(parsed, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(parsed!.Agency, Is.EqualTo(agency));
            Assert.That(parsed.Photographer, Is.EqualTo(photographer));
            Assert.That(parsed.FilePhoto, Is.EqualTo(flags.Contains('F', StringComparison.Ordinal)), "file photo");
            Assert.That(parsed.Pool, Is.EqualTo(flags.Contains('P', StringComparison.Ordinal)), "pool");
            Assert.That(parsed.Handout, Is.EqualTo(flags.Contains('H', StringComparison.Ordinal)), "handout");
        });
    }

    [TestCase("A woman walks past a mural in Buenos Aires, Argentina, Monday, Jan. 6, 2020. (AP Photo/Natacha Pisarenko)", "A woman walks past a mural in Buenos Aires, Argentina, Monday, Jan. 6, 2020.", "AP Photo/Natacha Pisarenko")]
    [TestCase("Jennifer Lopez arrives at the premiere in Los Angeles July 21, 2014. REUTERS/Mario Anzuoni (UNITED STATES - Tags: ENTERTAINMENT)", "Jennifer Lopez arrives at the premiere in Los Angeles July 21, 2014.", "REUTERS/Mario Anzuoni")]
    [TestCase("Fireworks light up the sky over Sydney, Australia. REUTERS/Loren Elliott SEARCH \"GLOBAL POY\" FOR THIS STORY. SEARCH \"REUTERS POY\" FOR ALL BEST OF 2019 PACKAGES. TPX IMAGES OF THE DAY", "Fireworks light up the sky over Sydney, Australia.", "REUTERS/Loren Elliott")]
    [TestCase("People queue outside a bank in Copenhagen, Denmark. Ritzau Scanpix/Ida Marie Odgaard via REUTERS/File Photo ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. DENMARK OUT.", "People queue outside a bank in Copenhagen, Denmark.", "Ritzau Scanpix/Ida Marie Odgaard via REUTERS/File Photo")]
    [TestCase("Smoke rises over the city (photo credit: REUTERS/VALENTYN OGIRENKO/FILE PHOTO)", "Smoke rises over the city", "REUTERS/VALENTYN OGIRENKO/FILE PHOTO")]
    [TestCase("Police stand guard in Ankara, Turkey. (DHA via AP, File)", "Police stand guard in Ankara, Turkey.", "DHA via AP, File")]
    [TestCase("President Biden speaks. Brendan Smialowski/AFP/Getty Images", "President Biden speaks.", "Brendan Smialowski/AFP/Getty Images")]
    [TestCase("Firefighters at work in Valparaiso, Chile. Ivan Alvarado / Reuters", "Firefighters at work in Valparaiso, Chile.", "Ivan Alvarado / Reuters")]
    [TestCase("Crowds gather in the square. Photo: John Smith/The Daily Star", "Crowds gather in the square.", "John Smith/The Daily Star")]
    [TestCase("Saturn's moon Titan. (Image credit: All About Space)", "Saturn's moon Titan.", "All About Space")]
    [TestCase("A minister in Berlin (Alketa Misja/dpa/picture alliance via Getty)", "A minister in Berlin", "Alketa Misja/dpa/picture alliance via Getty")]
    [TestCase("The lodge at dusk. Supplied", "The lodge at dusk.", "Supplied")]
    [TestCase("The lodge at dusk (Supplied)", "The lodge at dusk", "Supplied")]
    [TestCase("The lodge at dusk. (Getty Images)", "The lodge at dusk.", "Getty Images")]
    [TestCase("The lodge at dusk. Photo: Jane Doe/AFP", "The lodge at dusk.", "Jane Doe/AFP")]
    [TestCase("The lodge at dusk. Image: Supplied", "The lodge at dusk.", "Supplied")]
    [TestCase("[1/5]A reporter takes a selfie in Maras, Turkey, February 11, 2023. REUTERS/Issam Abdallah Purchase Licensing Rights", "[1/5]A reporter takes a selfie in Maras, Turkey, February 11, 2023.", "REUTERS/Issam Abdallah")]
    [TestCase("A reporter in Maras, Turkey. REUTERS/Issam Abdallah/File Photo Acquire Licensing Rights", "A reporter in Maras, Turkey.", "REUTERS/Issam Abdallah/File Photo")]
    public void Normalize_CaptionWithCredit_SeparatesThem(string caption, string expectedCaption, string expectedRaw)
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture(caption));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.EqualTo(expectedCaption));
            Assert.That(picture.Credit?.Raw, Is.EqualTo(expectedRaw));
        });
    }

    [TestCase("Ukraine's foreign minister speaks at a news conference in Kyiv, Ukraine, November 22, 2024.")]
    [TestCase("Supporters cheer as the results come in / a moment of joy for the party.")]
    [TestCase("Soldiers fire a howitzer near the front line (not pictured).")]
    [TestCase("Get the app for free (Upgrade to Premium for $4.99/mo)")]
    [TestCase("See the study. DOI: 10.1007/978-3-319-09575-2_199-1")]
    [TestCase("Children swim in the pool. Water was supplied")]
    public void Normalize_CaptionWithoutCredit_KeepsCaption(string caption)
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture(caption));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.EqualTo(caption));
            Assert.That(picture.Credit, Is.Null);
        });
    }

    [Test]
    public void Normalize_CreditLineAndStructuredPhotographer_AreCombined()
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture("Jennifer Lopez arrives at the premiere.", Credit: "REUTERS", Href: "https://example.com/a.jpg", Photographer: "MARIO ANZUONI"));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.EqualTo("Jennifer Lopez arrives at the premiere."));
            Assert.That(picture.Credit?.Agency, Is.EqualTo("Reuters"));
            Assert.That(picture.Credit?.Photographer, Is.EqualTo("Mario Anzuoni"));
            Assert.That(picture.Href, Is.EqualTo("https://example.com/a.jpg"));
        });
    }

    [Test]
    public void Normalize_CreditOnlyPicture_HasNoCaption()
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture("REUTERS/Gleb Garanich"));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.Null);
            Assert.That(picture.Credit?.Photographer, Is.EqualTo("Gleb Garanich"));
            Assert.That(picture.Credit?.Agency, Is.EqualTo("Reuters"));
        });
    }

    [Test]
    public void Normalize_SeparateCreditRepeatsCaptionCredit_KeepsCaptionForm()
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture("Troops on parade. REUTERS/Alina Smutko/File Photo", Credit: "Image: Reuters/Alina Smutko"));

        Assert.That(picture.Credit, Is.EqualTo(new ImageCredit("REUTERS/Alina Smutko/File Photo", "Reuters", "Alina Smutko", true, false, false)));
    }

    // Columns: caption, the provider's credit line, structured photographer → raw credit, agency, photographer.
    [TestCase("Pedestrians walk past a shop. (AP Photo/Jae C. Hong)", "ASSOCIATED PRESS", "Jae C. Hong", "ASSOCIATED PRESS", "AP", "Jae C. Hong")]
    [TestCase("A quay. REUTERS/Anna Nowak", "REUTERS", "ANNA NOWAK", "REUTERS", "Reuters", "Anna Nowak")]
    [TestCase("A quay.", "BELGA", null, "BELGA", "Belga", null)]
    [TestCase("Fans celebrate. (AP Photo/Jae C. Hong)", "Getty Images", null, "AP Photo/Jae C. Hong", "AP", "Jae C. Hong")]
    public void Normalize_ProviderAgencyCreditLine_IsTheRawCreditAndCaptionGivesPhotographer(string caption, string creditLine, string? photographer, string raw, string agency, string? expectedPhotographer)
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture(caption, creditLine, Photographer: photographer));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Credit?.Raw, Is.EqualTo(raw));
            Assert.That(picture.Credit?.Agency, Is.EqualTo(agency));
            Assert.That(picture.Credit?.Photographer, Is.EqualTo(expectedPhotographer));
            Assert.That(picture.Caption, Does.Not.Contain("Photo/").And.Not.Contain("REUTERS"));
        });
    }

    // Columns: caption, credit line, structured photographer → raw credit, agency, photographer.
    [TestCase("Fans in Sydney.", null, "ANTHONY WALLACE/AFP/Getty Images", "ANTHONY WALLACE/AFP/Getty Images", "AFP", "Anthony Wallace")]
    [TestCase("A still image taken from video.", "REUTERS", "REUTERS TV", "REUTERS TV", "Reuters", null)]
    [TestCase("A quay.", null, "MARIO ANZUONI", "MARIO ANZUONI", null, "Mario Anzuoni")]
    public void Normalize_StructuredPhotographerThatIsACredit_IsReadAsCredit(string caption, string? creditLine, string photographer, string raw, string? agency, string? expectedPhotographer)
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture(caption, creditLine, Photographer: photographer));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Credit?.Raw, Is.EqualTo(raw));
            Assert.That(picture.Credit?.Agency, Is.EqualTo(agency));
            Assert.That(picture.Credit?.Photographer, Is.EqualTo(expectedPhotographer));
        });
    }

    [Test]
    public void Normalize_ApFileLead_SetsFilePhoto()
    {
        Picture picture = ImageCreditParser.Normalize(new RawPicture("FILE - A man walks in Rome, Italy, May 2, 2019. (AP Photo/Andrew Medichini)"));

        Assert.Multiple(() =>
        {
            Assert.That(picture.Caption, Is.EqualTo("A man walks in Rome, Italy, May 2, 2019."));
            Assert.That(picture.Credit?.FilePhoto, Is.True);
            Assert.That(picture.Credit?.Photographer, Is.EqualTo("Andrew Medichini"));
        });
    }
}
