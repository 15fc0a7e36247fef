using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class TextNormalizerTests
{
    [TestCase("  Kyiv \u00A0 said\t\"no\"  ", "Kyiv said \"no\"")]
    [TestCase("\u201CWe won\u2019t\u201D \u2014 she said\u2026", "\u201CWe won\u2019t\u201D \u2014 she said\u2026")]
    [TestCase("Caf\u00E9 in S\u00E3o Paulo\u00A0", "Caf\u00E9 in S\u00E3o Paulo")]
    [TestCase("e\u0301t\u00E9 \u2019", "\u00E9t\u00E9 \u2019")]
    [TestCase("\u2019 Cafe\u0301\u00A0", "\u2019 Caf\u00E9")]
    [TestCase("ano\u00ADther zero\u200Bwidth", "another zerowidth")]
    [TestCase("\u1100\u1161 \u00A0x", "\uAC00 x")]
    public void NormalizeInline_MixedText_CollapsesSpacesAndComposes(string text, string expected)
    {
        Assert.That(TextNormalizer.NormalizeInline(text), Is.EqualTo(expected));
    }
}
