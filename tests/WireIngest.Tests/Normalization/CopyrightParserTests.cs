using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class CopyrightParserTests
{
    [TestCase("© Thomson Reuters 2024.", "Thomson Reuters", 2024)]
    [TestCase("©2024 GPlusMedia Inc.", "GPlusMedia Inc.", 2024)]
    [TestCase("(c) Copyright Thomson Reuters 2017. Click For Restrictions - http://about.reuters.com/fulllegal.asp", "Thomson Reuters", 2017)]
    [TestCase("(c) 2021 Thomson Reuters, unless otherwise identified. Full statement available at https://www.thomsonreuters.com/en/policies/copyright.html", "Thomson Reuters", 2021)]
    [TestCase("Copyright 2015 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "The Associated Press", 2015)]
    [TestCase("© 2024 AFP", "AFP", 2024)]
    [TestCase("(c) Copyright Opta Sports Data 2018", "Opta Sports Data", 2018)]
    [TestCase("Copyright © 2023 Nikkei Inc. All rights reserved.", "Nikkei Inc.", 2023)]
    [TestCase("© 2020-2024 Example Media", "Example Media", 2024)]
    [TestCase("© Thomson Reuters 2023. All Rights Reserved.", "Thomson Reuters", 2023)]
    [TestCase("(C) 2019 Kyodo News", "Kyodo News", 2019)]
    [TestCase("Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten", "dpa", 2019)]
    [TestCase("(c) Copyright Thomson Reuters 2013. Open For Restrictions - http://about.reuters.com/fulllegal.asp", "Thomson Reuters", 2013)]
    [TestCase("© EFE 2019. Está expresamente prohibida la redistribución de los contenidos de los servicios de Efe.", "EFE", 2019)]
    [TestCase("© 2018 ANP. Alle auteursrechten en databankrechten voorbehouden.", "ANP", 2018)]
    [TestCase("Copyright 2022 Dow Jones & Company, Inc. All Rights Reserved", "Dow Jones & Company, Inc.", 2022)]
    [TestCase("© 2016 Microsoft Privacy Legal About our Ads Feedback Help MSN Worldwide", "Microsoft", 2016)]
    [TestCase("© 2020 Microsoft Privacy & Cookies Terms of use About our Ads", "Microsoft", 2020)]
    [TestCase("© 1996-2019 News Communication Terms & Conditions Privacy Policy", "News Communication", 2019)]
    [TestCase("Copyright © 2019 Capitol News Company LLC Terms of Service Privacy Policy", "Capitol News Company LLC", 2019)]
    [TestCase("© 2020 DIE FURCHE Impressum Offenlegung Datenschutz AGB", "DIE FURCHE", 2020)]
    [TestCase("© 2024 Legal Aid Society", "Legal Aid Society", 2024)]
    [TestCase("Copyright © 2019 Quiller Media, Inc., Contact Us", "Quiller Media, Inc.", 2019)]
    [TestCase("© 2024 Friends of the legal profession", "Friends of the legal profession", 2024)]
    [TestCase("© 1996-Thu Dec 15 06:14:35 EST 2016 National Geographic Society.", "National Geographic Society", 2016)]
    [TestCase("Copyright © 2022 Raw Story Media, Inc. PO Box 21050, Washington, D.C. 20009", "Raw Story Media, Inc.", 2022)]
    public void Parse_Notice_ReadsHolderAndYear(string line, string holder, int year)
    {
        CopyrightNotice? notice = CopyrightParser.Parse(line);

        Assert.That(notice, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(notice!.Holder, Is.EqualTo(holder));
            Assert.That(notice.Year, Is.EqualTo(year));
            Assert.That(notice.Raw, Is.EqualTo(line));
        });
    }

    [TestCase("All content © Example Ltd", "Example Ltd")]
    [TestCase("© AFP", "AFP")]
    [TestCase("© dpa-infocom, dpa:240516-99-53606/3 (dpa)", "dpa-infocom")]
    [TestCase("© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.", "Future US, Inc.")]
    [TestCase("© 0 Reuters. All Rights Reserved.", "Reuters")]
    [TestCase("© 10 Daily", "10 Daily")]
    [TestCase("© Seven West Media Ltd", "Seven West Media Ltd")]
    public void Parse_NoYear_YearIsNull(string line, string holder)
    {
        CopyrightNotice? notice = CopyrightParser.Parse(line);

        Assert.Multiple(() =>
        {
            Assert.That(notice?.Holder, Is.EqualTo(holder));
            Assert.That(notice?.Year, Is.Null);
        });
    }

    [TestCase("Copyright law was reformed in the new bill, the minister said.")]
    [TestCase("Ukraine says it accepts that it cannot join the alliance until the war is over.")]
    [TestCase("The company owns the copyright to the song.")]
    [TestCase("")]
    public void Parse_NotANotice_ReturnsNull(string line)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CopyrightParser.Parse(line), Is.Null);
            Assert.That(CopyrightParser.LooksLikeCopyright(line), Is.False);
        });
    }

    [TestCase("© Thomson Reuters 2024.", true)]
    [TestCase("Copyright 2015 The Associated Press. All rights reserved.", true)]
    [TestCase("© 2024 AFP", true)]
    [TestCase("©2024 GPlusMedia Inc.", false)]
    [TestCase("(c) Copyright Opta Sports Data 2018", false)]
    public void IsAgencyNotice_Holder_ReturnsWhetherAgency(string line, bool expected)
    {
        Assert.That(CopyrightParser.IsAgencyNotice(CopyrightParser.Parse(line)!), Is.EqualTo(expected));
    }

    [TestCase("Belga", "Belga", null)]
    [TestCase("Automated Insights", "Automated Insights", null)]
    [TestCase("  Example News Ltd. ", "Example News Ltd.", null)]
    [TestCase("© 2024 AFP", "AFP", 2024)]
    public void ParseDeclared_ProviderNoticeField_NameAloneIsTheHolder(string line, string holder, int? year)
    {
        CopyrightNotice? notice = CopyrightParser.ParseDeclared(line);

        Assert.Multiple(() =>
        {
            Assert.That(notice?.Holder, Is.EqualTo(holder));
            Assert.That(notice?.Year, Is.EqualTo(year));
            Assert.That(notice?.Raw, Is.EqualTo(line.Trim()));
        });
    }

    [TestCase("Copyright")]
    [TestCase("©")]
    public void ParseDeclared_MarkAlone_IsNoticeWithoutHolder(string line)
    {
        Assert.That(CopyrightParser.ParseDeclared(line), Is.EqualTo(new CopyrightNotice(line, null, null)));
    }

    [TestCase("")]
    [TestCase("Not for use outside the United States. Contact the desk for terms.")]
    [TestCase("Embargoed until 2026-03-01")]
    public void ParseDeclared_SentenceOrBlank_ReturnsNull(string line)
    {
        Assert.That(CopyrightParser.ParseDeclared(line), Is.Null);
    }
}
