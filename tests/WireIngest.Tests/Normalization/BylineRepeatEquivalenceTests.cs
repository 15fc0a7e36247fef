using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

// Holds IsRepeatOf (which skips parsing a paragraph that cannot name the byline's people) equal to always parsing and comparing.
[TestFixture]
public sealed class BylineRepeatEquivalenceTests
{
    private static readonly string[] Bylines =
    [
        "By John Irish and Tom Balmforth",
        "By BERNARD CONDON, AP Business Writer",
        "Par Le Figaro et AFP",
        "By José Álvarez and Jan Ołdak",
        "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        "Elena Oberholzer (obe)",
        "By Sean O'Neil",
        "By NEWS WIRES",
        "Reuters",
        "By Lucas Nolan",
    ];

    private static readonly string[] Paragraphs =
    [
        "By John Irish and Tom Balmforth",
        "JOHN IRISH AND TOM BALMFORTH",
        "By Jose Alvarez and Jan Ołdak",
        "By José Álvarez and Jan Ołdak",
        "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        "Martin Untersinger, Damien Leloup, Morgane Tual",
        "Elena Ober(obe)holzer",
        "Elena Oberholzer (obe)",
        "By SEAN O\u2019NEIL",
        "Lucas Nolan5 min read",
        "Lucas Nolan22 Dec 2016651",
        "John Irish in Kyiv and Tom Balmforth",
        "Jo\u00ADhn Irish and Tom Balmforth",
        "NEWS WIRES",
        "The minister said on Friday that the talks \u2014 \u201Cat last\u201D \u2014 would go on.",
    ];

    [Test]
    public void IsRepeatOf_HandWrittenParagraphs_AnswersAsParsingEveryParagraph(
        [ValueSource(nameof(Paragraphs))] string paragraph, [ValueSource(nameof(Bylines))] string raw)
    {
        Byline byline = BylineParser.Parse(raw)!;
        Assert.That(BylineParser.IsRepeatOf(paragraph, byline), Is.EqualTo(ParsedIsRepeatOf(paragraph, byline)));
    }

    // Paragraphs assembled at random from names in every case, joiners, brackets, titles, places, accents, invisible and
    // typographic characters.
    [Test]
    public void IsRepeatOf_RandomParagraphs_AnswersAsParsingEveryParagraph()
    {
        string[] parts =
        [
            "By", "BY", "John", "JOHN", "Irish", "IRISH", "Tom", "Balmforth", "BALMFORTH", "and", "AND", "&", ",", ";", "|", " - ", "/", "(", ")", "(dpa)",
            "(with", "avec", "Reuters", "AP", "Business", "Writer", "in", "Kyiv", "for", "The", "Times", "José", "Jose", "Álvarez", "Alvarez", "Jan", "Ołdak",
            "O'Neil", "O\u2019NEIL", "Sean", "Nolan", "Lucas", "5 min read", "22 Dec 2016", "\u00AD", "\u200B", "\u00A0", "\u2014", "\u201C", "e\u0301", "said", "the", "1",
        ];
        Byline[] bylines = [.. Bylines.Select(b => BylineParser.Parse(b)!)];
        var random = new Random(20261128);
        for (int i = 0; i < 3000; i++)
        {
            string paragraph = string.Join(random.Next(5) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => parts[random.Next(parts.Length)]));
            foreach (Byline byline in bylines)
            {
                Assert.That(BylineParser.IsRepeatOf(paragraph, byline), Is.EqualTo(ParsedIsRepeatOf(paragraph, byline)), paragraph + " | " + byline.Raw);
            }
        }
    }

    // IsRepeatOf as it was: every paragraph parsed, then its people (or, for a byline without people, its text) compared.
    private static bool ParsedIsRepeatOf(string paragraph, Byline byline)
    {
        if (string.IsNullOrWhiteSpace(paragraph) || paragraph.Length > 200 || byline.Raw.Length == 0)
        {
            return false;
        }

        Byline? candidate = BylineParser.Parse(paragraph);
        if (candidate is null)
        {
            return false;
        }

        if (byline.Authors.Count > 0)
        {
            return candidate.Authors.Count == byline.Authors.Count
                && candidate.Authors.Select(BylineParser.Fold).Order(StringComparer.Ordinal)
                    .SequenceEqual(byline.Authors.Select(BylineParser.Fold).Order(StringComparer.Ordinal), StringComparer.Ordinal);
        }

        return BylineParser.Fold(BylineParser.StripLeadWord(paragraph)) == BylineParser.Fold(BylineParser.StripLeadWord(byline.Raw));
    }
}
