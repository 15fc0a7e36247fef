using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class ProviderCopyrightTests
{
    // Columns: notice lines ('|'-separated, "" for none), declared holder → raw, holder, year of the first notice.
    [TestCase("Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten", "Deutsche Presse-Agentur GmbH", "Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten", "Deutsche Presse-Agentur GmbH", 2019)]
    [TestCase("(c) Copyright Thomson Reuters 2013. Click For Restrictions - http://about.reuters.com/fulllegal.asp", "Thomson Reuters", "(c) Copyright Thomson Reuters 2013. Click For Restrictions - http://about.reuters.com/fulllegal.asp", "Thomson Reuters", 2013)]
    [TestCase("Automated Insights", "Automated Insights", "Automated Insights", "Automated Insights", null)]
    [TestCase("Belga", null, "Belga", "Belga", null)]
    [TestCase("", "Agence France Presse", "Agence France Presse", "Agence France Presse", null)]
    [TestCase("© 2019", "EFE", "© 2019", "EFE", 2019)]
    [TestCase("Copyright", "Australian Associated Press", "Copyright", "Australian Associated Press", null)]
    [TestCase("(c) Copyright Opta Sports Data 2018", "Thomson Reuters", "(c) Copyright Opta Sports Data 2018", "Opta Sports Data", 2018)]
    public void Read_NoticesAndDeclaredHolder_HolderCompletesTheMatchingNotice(string lines, string? holder, string raw, string expectedHolder, int? year)
    {
        List<CopyrightNotice> notices = ProviderCopyright.Read(lines.Split('|', StringSplitOptions.RemoveEmptyEntries), holder, declared: true);

        Assert.That(notices, Has.Count.EqualTo(1));
        Assert.That(notices[0], Is.EqualTo(new CopyrightNotice(raw, expectedHolder, year)));
    }

    [Test]
    public void Read_PageLines_FooterLinkIsNotANotice()
    {
        List<CopyrightNotice> notices = ProviderCopyright.Read(["Copyright Policy", "Copyright", "©2019 Hearst"], null, declared: false);

        Assert.That(notices, Is.EqualTo(new[] { new CopyrightNotice("©2019 Hearst", "Hearst", 2019) }));
    }

    [Test]
    public void Read_NothingDeclared_IsEmpty()
    {
        Assert.That(ProviderCopyright.Read([], null, declared: true), Is.Empty);
    }
}
