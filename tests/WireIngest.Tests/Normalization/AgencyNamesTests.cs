using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class AgencyNamesTests
{
    [TestCase("Reuters", "Reuters")]
    [TestCase("REUTERS", "Reuters")]
    [TestCase("Thomson Reuters", "Reuters")]
    [TestCase("Reuters Breakingviews", "Reuters")]
    [TestCase("Associated Press", "AP")]
    [TestCase("The Associated Press", "AP")]
    [TestCase("ASSOCIATED PRESS", "AP")]
    [TestCase("AP", "AP")]
    [TestCase("Agence France-Presse", "AFP")]
    [TestCase("Agence France Presse", "AFP")]
    [TestCase(" afp. ", "AFP")]
    [TestCase("Kyodo News", "Kyodo")]
    [TestCase("Deutsche Presse-Agentur", "dpa")]
    [TestCase("DPA", "dpa")]
    [TestCase("Agencia EFE", "EFE")]
    [TestCase("Press Association", "PA")]
    [TestCase("PA Media", "PA")]
    [TestCase("Xinhua News Agency", "Xinhua")]
    [TestCase("Yonhap News Agency", "Yonhap")]
    [TestCase("Bloomberg News", "Bloomberg")]
    [TestCase("Australian Associated Press", "AAP")]
    [TestCase("The Canadian Press", "CP")]
    [TestCase("Press Trust of India", "PTI")]
    public void TryCanonicalize_KnownVariant_ReturnsCanonicalName(string name, string expected)
    {
        bool found = AgencyNames.TryCanonicalize(name, out string? canonical);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(canonical, Is.EqualTo(expected));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Japan Today")]
    [TestCase("Reuters Staff")]
    [TestCase("Getty Images")]
    [TestCase("Associated")]
    public void TryCanonicalize_NotAnAgency_ReturnsFalse(string? name)
    {
        Assert.That(AgencyNames.TryCanonicalize(name, out _), Is.False);
    }

    [TestCase("© Thomson Reuters 2024.", "Reuters")]
    [TestCase("The Associated Press. All rights reserved", "AP")]
    [TestCase("Brendan Smialowski/AFP/Getty Images", "AFP")]
    [TestCase("AFP-JIJI", "AFP")]
    [TestCase("APA/AFP", "APA")]
    [TestCase("Photo by DHA via AP", "AP")]
    [TestCase("Copyright 2024 Agence France-Presse", "AFP")]
    public void FindAgency_TextNamingAgency_ReturnsFirstAgency(string text, string expected)
    {
        Assert.That(AgencyNames.FindAgency(text), Is.EqualTo(expected));
    }

    [TestCase("FORT WASHINGTON, Pa.")]
    [TestCase("The app was approved")]
    [TestCase("©2024 GPlusMedia Inc.")]
    [TestCase("")]
    public void FindAgency_NoAgency_ReturnsNull(string text)
    {
        Assert.That(AgencyNames.FindAgency(text), Is.Null);
    }

    [TestCase("NEWS WIRES", true)]
    [TestCase("Wire services", true)]
    [TestCase("Staff", true)]
    [TestCase("Reuters Staff", true)]
    [TestCase("AFP-JIJI", true)]
    [TestCase("AP and Reuters", true)]
    [TestCase("Reuters", true)]
    [TestCase("John Irish", false)]
    [TestCase("Japan Today", false)]
    public void IsAgencyOrWire_Label_ReturnsExpected(string name, bool expected)
    {
        Assert.That(AgencyNames.IsAgencyOrWire(name), Is.EqualTo(expected));
    }

    [TestCase("ZEKE MILLER Associated Press", "ZEKE MILLER", "AP")]
    [TestCase("Paul Wiseman The Associated Press", "Paul Wiseman", "AP")]
    [TestCase("Thomson Reuters", "Thomson", "Reuters")]
    [TestCase("Jane Roe ap", null, null)]
    [TestCase("Associated Press", null, null)]
    [TestCase("Jane Roe", null, null)]
    public void TrySplitTrailing_Text_SplitsAnAgencyAtTheEnd(string text, string? head, string? agency)
    {
        bool split = AgencyNames.TrySplitTrailing(text, out string before, out string? canonical);

        Assert.Multiple(() =>
        {
            Assert.That(split, Is.EqualTo(agency is not null));
            Assert.That(canonical, Is.EqualTo(agency));
            Assert.That(before, Is.EqualTo(head ?? text));
        });
    }
}
