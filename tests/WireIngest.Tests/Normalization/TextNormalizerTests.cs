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

    // The string overload answers as the span overload.
    [TestCase("Plain ASCII text.")]
    [TestCase("  Kyiv \u00A0 said\t\"no\"  ")]
    [TestCase("Caf\u00E9 in S\u00E3o Paulo")]
    [TestCase("e\u0301t\u00E9")]
    [TestCase("ano\u00ADther")]
    [TestCase(" lead")]
    [TestCase("trail ")]
    [TestCase("")]
    [TestCase(null)]
    public void NormalizeInline_String_SameAsTheSpanAndUnchangedTextKept(string? text)
    {
        Assert.That(TextNormalizer.NormalizeInline(text), Is.EqualTo(TextNormalizer.NormalizeInline(text.AsSpan())));
    }

    [Test]
    public void NormalizeInline_StringNeedingNothing_ReturnsTheSameInstance()
    {
        string text = string.Concat("Plain ", "ASCII text.");
        Assert.That(TextNormalizer.NormalizeInline(text), Is.SameAs(text));
    }

    [TestCase("  Kyiv \u00A0 said\t\"no\"  ", "Kyiv said \"no\"")]
    [TestCase("Caf\u00E9 in S\u00E3o Paulo\u00A0", "Caf\u00E9 in S\u00E3o Paulo")]
    [TestCase("", "")]
    public void NormalizeInline_StringBuilderOfOneOrManyChunks_SameAsTheString(string text, string expected)
    {
        var oneChunk = new System.Text.StringBuilder(text);
        var manyChunks = new System.Text.StringBuilder(1);
        foreach (char c in text)
        {
            manyChunks.Append(c);
        }

        Assert.That(TextNormalizer.NormalizeInline(oneChunk), Is.EqualTo(expected));
        Assert.That(TextNormalizer.NormalizeInline(manyChunks), Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeInline_TextLongerThanTheStackBuffer_CollapsesAllOfIt()
    {
        string text = string.Concat(Enumerable.Repeat(" word\u00A0 \t", 200));

        Assert.That(TextNormalizer.NormalizeInline(text), Is.EqualTo(string.Join(' ', Enumerable.Repeat("word", 200))));
    }
}
