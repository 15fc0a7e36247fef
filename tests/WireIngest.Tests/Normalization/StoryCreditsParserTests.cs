using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class StoryCreditsParserTests
{
    // Expected: roles separated by ";", each "role=names/places" with names and places joined by ",".
    [TestCase("(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)", "reporting=Arpan Varghese/Bengaluru;editing=Joseph Radford,Richard Pullin/")]
    [TestCase("(Additional reporting by Tom Perry in Beirut; Editing by Peter Graff)", "additional reporting=Tom Perry/Beirut;editing=Peter Graff/")]
    [TestCase("(Reporting by Denis Pinchuk; Writing by Katya Golubkova; Editing by Edwina Gibbs)", "reporting=Denis Pinchuk/;writing=Katya Golubkova/;editing=Edwina Gibbs/")]
    [TestCase("(Reporting by Tom Perry, editing by John Stonestreet)", "reporting=Tom Perry/;editing=John Stonestreet/")]
    [TestCase("Reporting by Tom Perry; Editing by Peter Graff", "reporting=Tom Perry/;editing=Peter Graff/")]
    [TestCase("Reporting by Tom Perry; Editing by Peter Graff.", "reporting=Tom Perry/;editing=Peter Graff/")]
    [TestCase("(Compiled by Ann Lee)", "compiled=Ann Lee/")]
    [TestCase("(Graphic by Bo Kim)", "graphic=Bo Kim/")]
    [TestCase("(Reporting by Anna Berg in Paris and Paul Klee in Berlin; Writing by Ann Lee)", "reporting=Anna Berg,Paul Klee/Paris,Berlin;writing=Ann Lee/")]
    [TestCase("(Reporting by A. Smith, B. Jones and C. de la Cruz)", "reporting=A. Smith,B. Jones,C. de la Cruz/")]
    public void TryParse_Trailer_ReadsRoles(string paragraph, string expected)
    {
        bool found = StoryCreditsParser.TryParse(paragraph, out IReadOnlyList<StoryCredit> credits);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(Describe(credits), Is.EqualTo(expected));
        });
    }

    [TestCase("He was accompanied by his wife and two aides.")]
    [TestCase("Reporting by the BBC was criticised by ministers for its tone.")]
    [TestCase("The report was written by analysts at the bank, who said growth would slow.")]
    [TestCase("(Adds comments, detail)")]
    [TestCase("Editing by hand remains common in small newsrooms, she said.")]
    [TestCase("")]
    [TestCase("(Reporting By Jane Doe; Editing BY John Roe)")]
    [TestCase(";")]
    public void TryParse_OrdinaryParagraph_ReturnsFalse(string paragraph)
    {
        bool found = StoryCreditsParser.TryParse(paragraph, out IReadOnlyList<StoryCredit> credits);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.False);
            Assert.That(credits, Is.Empty);
        });
    }

    private static string Describe(IReadOnlyList<StoryCredit> credits) =>
        string.Join(';', credits.Select(c => $"{c.Role}={string.Join(',', c.Names)}/{string.Join(',', c.Places)}"));
}
