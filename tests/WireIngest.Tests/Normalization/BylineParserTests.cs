using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class BylineParserTests
{
    [TestCase("By John Irish and Tom Balmforth", "John Irish|Tom Balmforth", null)]
    [TestCase("By Arpan Varghese", "Arpan Varghese", null)]
    [TestCase("BY JOHN IRISH", "John Irish", null)]
    [TestCase("by Jane Doe", "Jane Doe", null)]
    [TestCase("ABBY GOODNOUGH, THOMAS KAPLAN and ROBERT PEAR", "Abby Goodnough|Thomas Kaplan|Robert Pear", null)]
    [TestCase("By BYRON YORK", "Byron York", null)]
    [TestCase("By X Smith, Y Jones and Z Brown", "X Smith|Y Jones|Z Brown", null)]
    [TestCase("By Ann Lee & Bo Kim", "Ann Lee|Bo Kim", null)]
    [TestCase("By Ann Lee; Bo Kim", "Ann Lee|Bo Kim", null)]
    [TestCase("By John Smith, Reuters", "John Smith", "Reuters")]
    [TestCase("By John Smith | Reuters", "John Smith", "Reuters")]
    [TestCase("By John Smith - Reuters", "John Smith", "Reuters")]
    [TestCase("John Smith3 Min Read", "John Smith", null)]
    [TestCase("By BERNARD CONDON, AP Business Writer", "Bernard Condon", "AP")]
    [TestCase("By BERNARD CONDON\nAP Business Writer", "Bernard Condon", "AP")]
    [TestCase("BERNARD CONDON AP Business Writer", "Bernard Condon", "AP")]
    [TestCase("By Jane Roe, Staff Writer", "Jane Roe", null)]
    [TestCase("By Paul Wiseman and Fatima Hussein, The Associated Press", "Paul Wiseman|Fatima Hussein", "AP")]
    [TestCase("Von Anna Schmidt und Peter Müller", "Anna Schmidt|Peter Müller", null)]
    [TestCase("Par Sébastien Farcis", "Sébastien Farcis", null)]
    [TestCase("Por Ana García", "Ana García", null)]
    [TestCase("Door Jan de Vries", "Jan de Vries", null)]
    [TestCase("Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Martin Untersinger|Damien Leloup|Morgane Tual", null)]
    [TestCase("Mike Cason | mcason@al.com", "Mike Cason", null)]
    [TestCase("John Patrick Pullen, TIME", "John Patrick Pullen", null)]
    [TestCase("by Lucas Nolan22 Dec 2016651", "Lucas Nolan", null)]
    [TestCase("By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm", "Kathy Wise", null)]
    [TestCase("by Jack Davis December 23, 2016 at 7:18am", "Jack Davis", null)]
    [TestCase("By Ann Lee | Updated 3:40 PM EST", "Ann Lee", null)]
    [TestCase("By Ann Lee and Bo Kim on 4 March 2019", "Ann Lee|Bo Kim", null)]
    [TestCase("Von Anna Schmidt Veröffentlicht am 12. März 2024", "Anna Schmidt", null)]
    [TestCase("By John Smith, Reuters 2024-05-01 10:00", "John Smith", "Reuters")]
    [TestCase("By May Jones", "May Jones", null)]
    [TestCase("By Ann Lee and NOVEMBER 20, 2019 10:43", "Ann Lee", null)]
    [TestCase("By Jan Smith and Mar Lopez", "Jan Smith|Mar Lopez", null)]
    [TestCase("By Sam Lister, Press Association Political Correspondent", "Sam Lister", "PA")]
    [TestCase("By Shaun Walker in Kyiv", "Shaun Walker", null)]
    [TestCase("Maria Rosvall, Jecaterina Mantsinen", "Maria Rosvall|Jecaterina Mantsinen", null)]
    [TestCase("By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM", "Gillian Mohney", null)]
    [TestCase("Paulo Santalucia and Frances d'Emilio", "Paulo Santalucia|Frances d'Emilio", null)]
    [TestCase("By Maria dell'Orto", "Maria dell'Orto", null)]
    [TestCase("By Dolores Chang For Dailymail.Com", "Dolores Chang", null)]
    [TestCase("By Jane Doe for The Sunday Times", "Jane Doe", null)]
    [TestCase("Elena Oberholzer (obe), Oliver Maksan (oma)", "Elena Oberholzer|Oliver Maksan", null)]
    [TestCase("Anna Meier (dpa)", "Anna Meier", "dpa")]
    [TestCase("Esther Blank (esb.), Corina Gall (cog.)", "Esther Blank|Corina Gall", null)]
    [TestCase("Richard David Precht im Gespräch mit Karin Fischer", "Richard David Precht|Karin Fischer", null)]
    [TestCase("red, ORF.at, Agenturen", "ORF.at", null)]
    [TestCase("Von Karl Berger, red., Agenturen", "Karl Berger", null)]
    [TestCase("Mathatisi Sebusi/Mohalenyane Phakela", "Mathatisi Sebusi|Mohalenyane Phakela", null)]
    [TestCase("By Jane Roe / John Doe, Reuters", "Jane Roe|John Doe", "Reuters")]
    [TestCase("By Nada Tawfik, BBC News, New York", "Nada Tawfik", null)]
    [TestCase("By JOSH BOAK and ZEKE MILLER Associated Press", "Josh Boak|Zeke Miller", "AP")]
    [TestCase("By Paul Wiseman The Associated Press", "Paul Wiseman", "AP")]
    [TestCase("Jane Roe Reuters", "Jane Roe", "Reuters")]
    [TestCase("By Jane Roe, Reuters, London", "Jane Roe", "Reuters")]
    [TestCase("By Jane Roe, Reuters, and John Doe", "Jane Roe|John Doe", "Reuters")]
    [TestCase("Reuters, Thorsten Kramer", "Thorsten Kramer", "Reuters")]
    public void Parse_PersonalByline_ReturnsAuthorsAndAgency(string raw, string authors, string? agency)
    {
        Byline? byline = BylineParser.Parse(raw);

        Assert.That(byline, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(byline!.Authors, Is.EqualTo(authors.Split('|')));
            Assert.That(byline.Agency, Is.EqualTo(agency));
        });
    }

    // A page printing its date on the byline's line: the stamp is dropped, whatever the names are.
    [TestCase("By REUTERS and 19 NOV 2019", "By REUTERS")]
    [TestCase("By By JERUSALEM POST STAFF and NOVEMBER 20, 2019 10:43", "By By JERUSALEM POST STAFF")]
    [TestCase("LinkNaija August 08, 2018", "LinkNaija")]
    [TestCase("by Paul Serran Jul. 19, 2026 9:45 am", "by Paul Serran")]
    public void Parse_PublicationStampAfterNames_SameAsWithout(string stamped, string plain)
    {
        Byline expected = BylineParser.Parse(plain)!;

        Byline actual = BylineParser.Parse(stamped)!;

        Assert.Multiple(() =>
        {
            Assert.That(actual.Authors, Is.EqualTo(expected.Authors));
            Assert.That(actual.Organisations, Is.EqualTo(expected.Organisations));
            Assert.That(actual.Agency, Is.EqualTo(expected.Agency));
            Assert.That(actual.By, Is.EqualTo(expected.By));
        });
    }

    [TestCase("JOHN MCDONALD", "John McDonald")]
    [TestCase("SEAN O'NEIL", "Sean O'Neil")]
    [TestCase("JUNG YEON-JE", "Jung Yeon-Je")]
    [TestCase("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven")]
    [TestCase("ANNA DE LA CRUZ", "Anna de la Cruz")]
    [TestCase("SAMIA AL-JAZAIRI", "Samia al-Jazairi")]
    [TestCase("Ali bin Hamad", "Ali bin Hamad")]
    [TestCase("danah boyd", "danah boyd")]
    [TestCase("Mark J. Terrill", "Mark J. Terrill")]
    public void Parse_NameCase_IsNormalisedOnlyWhenAllCaps(string raw, string expected)
    {
        Assert.That(BylineParser.Parse("By " + raw)!.Authors, Is.EqualTo(new[] { expected }));
    }

    [TestCase("By NEWS WIRES", null, "NEWS WIRES")]
    [TestCase("By Reuters", "Reuters", "Reuters")]
    [TestCase("By AFP", "AFP", "AFP")]
    [TestCase("By", null, null)]
    [TestCase("Reuters Staff", "Reuters", "Reuters Staff")]
    [TestCase("By Reuters Staff3 Min Read", "Reuters", "Reuters Staff")]
    [TestCase("Associated Press", "AP", "Associated Press")]
    [TestCase("BBC News", null, "BBC News")]
    [TestCase("Australian Broadcasting Corporation", null, "Australian Broadcasting Corporation")]
    [TestCase("By PA Sport Staff", "PA", "PA Sport Staff")]
    [TestCase("Reuters, MAR 04", "Reuters", null)]
    [TestCase("By 20 Nov 2019 08:00 GMT", null, null)]
    [TestCase("daa/mt/msr", null, "daa/mt/msr")]
    [TestCase("AOL Staff", null, "AOL Staff")]
    [TestCase("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", null, null)]
    [TestCase("Situation serious, ready for all scenarios says EC", null, null)]
    public void Parse_PageBylineWithoutPerson_HasNoAuthorsAndByOnlyForAnOrganisation(string raw, string? agency, string? by)
    {
        Byline? byline = BylineParser.Parse(raw);

        Assert.That(byline, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(byline!.Authors, Is.Empty);
            Assert.That(byline.By, Is.EqualTo(by));
            Assert.That(byline.Agency, Is.EqualTo(agency));
            Assert.That(byline.Raw, Is.EqualTo(raw));
        });
    }

    [TestCase("By Benjamin Wright, Press Association", "Benjamin Wright, Press Association")]
    [TestCase("By JOHN IRISH, Reuters", "JOHN IRISH, Reuters")]
    [TestCase("By Reuters", "Reuters")]
    [TestCase("Reuters, MAR 04", "Reuters, MAR 04")]
    [TestCase("daa/mt/msr", "daa/mt/msr")]
    [TestCase("Par Le Figaro et AFP", "Le Figaro et AFP")]
    [TestCase("By BERNARD CONDON\nAP Business Writer", "BERNARD CONDON, AP Business Writer")]
    public void Parse_Printed_ByIsTheBylineAsPrintedWithoutLeadWord(string raw, string expected)
    {
        Byline? byline = BylineParser.Parse(raw.Replace("\\n", "\n", StringComparison.Ordinal), printed: true);

        Assert.That(byline!.By, Is.EqualTo(expected));
    }

    [TestCase("By By TOM KRISHER, AP Auto Writer", "Tom Krisher")]
    [TestCase("by: Laurie Oakes", "Laurie Oakes")]
    public void Parse_RepeatedOrColonLeadWord_IsStripped(string raw, string expected)
    {
        Assert.That(BylineParser.Parse(raw)!.Authors, Is.EqualTo(new[] { expected }));
    }

    [TestCase("By Associated Press", "Associated Press")]
    [TestCase("By The Associated Press", "The Associated Press")]
    [TestCase("By AFP", "AFP")]
    [TestCase("Reuters, MAR 04", "Reuters")]
    [TestCase("AOL Staff", "AOL Staff")]
    [TestCase("By Guardian staff reporter", "Guardian staff reporter")]
    [TestCase("By BR24 Redaktion", "BR24 Redaktion")]
    [TestCase("By By: CNN Wire", "CNN Wire")]
    [TestCase("By THE NEW YORK TIMES", "The New York Times")]
    [TestCase("By Reuters and Example News", "Reuters and Example News")]
    [TestCase("By HLNF Staff Report", "HLNF Staff Report")]
    [TestCase("Editor", "Editor")]
    [TestCase("Redaktion", "Redaktion")]
    public void Parse_NoPersonNamed_CreditsTheOrganisationAsWriter(string raw, string organisation)
    {
        Byline byline = BylineParser.Parse(raw)!;

        Assert.Multiple(() =>
        {
            Assert.That(byline.Authors, Is.Empty);
            Assert.That(byline.Organisations, Is.EqualTo(new[] { organisation }));
            Assert.That(byline.Writers, Is.EqualTo(new[] { organisation }));
        });
    }

    [TestCase("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm")]
    [TestCase("Situation serious, ready for all scenarios says EC")]
    public void Parse_NeitherPersonNorOrganisation_HasNoWriters(string raw)
    {
        Assert.That(BylineParser.Parse(raw)!.Writers, Is.Empty);
    }

    [TestCase("srf/hosb;kesm", "srf/hosb|kesm", null)]
    [TestCase("daa/mt/msr", "daa/mt/msr", null)]
    [TestCase("dpa/lno", "dpa/lno", "dpa")]
    public void Parse_OnlyDeskInitials_CreditsEveryDeskAsShown(string raw, string writers, string? agency)
    {
        Byline byline = BylineParser.Parse(raw)!;

        Assert.Multiple(() =>
        {
            Assert.That(byline.Authors, Is.Empty);
            Assert.That(byline.Writers, Is.EqualTo(writers.Split('|')));
            Assert.That(byline.Agency, Is.EqualTo(agency));
        });
    }

    [TestCase("Anna Berg; kesm", "Anna Berg")]
    [TestCase("srf/hosb, Monika Bolliger", "Monika Bolliger")]
    [TestCase("Reuters; kesm", "Reuters")]
    public void Parse_DeskInitialsBesideAWriter_OnlyTheWriterIsCredited(string raw, string writer)
    {
        Assert.That(BylineParser.Parse(raw)!.Writers, Is.EqualTo(new[] { writer }));
    }

    [TestCase("Par Le Quotidien et AFP", "Le Quotidien", "Le Quotidien et AFP")]
    [TestCase("Par Le Quotidien; AFP", "Le Quotidien", "Le Quotidien|AFP")]
    [TestCase("By Nordkurier and Jana Berg", "nordkurier", "Jana Berg")]
    [TestCase("By Nordkurier and Jana Berg", null, "Nordkurier|Jana Berg")]
    [TestCase("By Jana Berg", "Nordkurier", "Jana Berg")]
    public void Parse_PartNamingThePublishingSite_IsTheOutletNotAPerson(string raw, string? site, string writers)
    {
        // The site's own name ("Le Quotidien", "Nordkurier") looks like a person's to the name rules.
        Assert.That(BylineParser.Parse(raw, site: site)!.Writers, Is.EqualTo(writers.Split('|')));
    }

    [TestCase("By John Smith, Reuters", "John Smith")]
    [TestCase("By Paul Wiseman and Fatima Hussein, The Associated Press", "Paul Wiseman|Fatima Hussein")]
    public void Parse_PersonNamed_WritersAreThePeopleOnly(string raw, string writers)
    {
        Byline byline = BylineParser.Parse(raw)!;

        Assert.Multiple(() =>
        {
            Assert.That(byline.Writers, Is.EqualTo(writers.Split('|')));
            Assert.That(byline.Organisations, Is.Empty);
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Parse_Blank_ReturnsNull(string? raw)
    {
        Assert.That(BylineParser.Parse(raw), Is.Null);
    }

    [TestCase("By John Irish and Tom Balmforth", "John Irish and Tom Balmforth")]
    [TestCase("By JOHN IRISH, Reuters", "John Irish")]
    [TestCase("By A One, B Two and C Three", "A One, B Two and C Three")]
    public void Parse_By_IsBylineWithoutLeadWordOrAgency(string raw, string expected)
    {
        Assert.That(BylineParser.Parse(raw)!.By, Is.EqualTo(expected));
    }

    [TestCase("By John Irish and Tom Balmforth", true)]
    [TestCase("John Irish and Tom Balmforth", true)]
    [TestCase("BY JOHN IRISH AND TOM BALMFORTH", true)]
    [TestCase("By Tom Balmforth and John Irish", true)]
    [TestCase("By John Irish", false)]
    [TestCase("John Irish and Tom Balmforth met the minister in Brussels on Friday to discuss the letter.", false)]
    [TestCase("Ukraine asked NATO for an invitation.", false)]
    [TestCase("By John Irish and Tom Balmforth Published December 14, 2016 2:24 pm", true)]
    [TestCase("By John Irish and Tom Balmforth | Updated 3:40 PM", true)]
    [TestCase("John Irish and Tom Balmforth on Dec. 3, 2016 wrote to the minister about the letter and its reply.", false)]
    public void IsRepeatOf_Paragraph_DetectsByline(string paragraph, bool expected)
    {
        Byline byline = BylineParser.Parse("By John Irish and Tom Balmforth")!;

        Assert.That(BylineParser.IsRepeatOf(paragraph, byline), Is.EqualTo(expected));
    }

    [Test]
    public void IsRepeatOf_AgencyOnlyByline_MatchesSameLabel()
    {
        Byline byline = BylineParser.Parse("By NEWS WIRES")!;

        Assert.Multiple(() =>
        {
            Assert.That(BylineParser.IsRepeatOf("NEWS WIRES", byline), Is.True);
            Assert.That(BylineParser.IsRepeatOf("The news wires reported it first.", byline), Is.False);
        });
    }
}
