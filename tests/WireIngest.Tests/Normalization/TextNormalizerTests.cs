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

    // Strings built at random from plain and typographic characters, every kind of space, invisible characters, combining marks,
    // other scripts and lone surrogates: the vectorised check for text that needs nothing answers as the character-by-character one.
    [Test]
    public void NormalizeInline_RandomTexts_SameAsThePlainNormalisation()
    {
        string[] parts =
        [
            "a", "Z", "0", " ", "  ", ".", "\"", "'", "\\", "~", "\u007F", "\u0001", "\u001F", "\t", "\n", "\r", "\f", "\v", "\u0085", "\u0080", "\u009F",
            "\u00A0", "\u00A1", "\u00AC", "\u00AD", "\u00AE", "é", "ß", "\u02FF", "\u0300", "e\u0301", "\u1100\u1161", "\u1680", "\u2000", "\u200A", "\u200B",
            "\u200F", "\u2010", "\u2014", "\u2019", "\u201C", "\u2026", "\u2027", "\u2028", "\u2029", "\u202A", "\u202F", "\u2030", "\u205E", "\u205F",
            "\u2060", "\u3000", "\uFEFF", "Ж", "α", "漢", "\uD83D\uDE00", "Kyiv", "said",
        ];
        var random = new Random(20261128);
        for (int i = 0; i < 20000; i++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => parts[random.Next(parts.Length)]));
            Assert.That(TextNormalizer.NormalizeInline(text), Is.EqualTo(PlainNormalizeInline(text)), text);
            Assert.That(TextNormalizer.NormalizeInline(text.AsSpan()), Is.EqualTo(PlainNormalizeInline(text)), text);
        }

        // A lone surrogate is not text: both refuse it.
        Assert.That(() => PlainNormalizeInline("\uD800 x"), Throws.ArgumentException);
        Assert.That(() => TextNormalizer.NormalizeInline("\uD800 x"), Throws.ArgumentException);
    }

    [TestCase("\u201CWe won\u2019t\u201D \u2014 she said\u2026")]
    [TestCase("Caf\u00E9 in S\u00E3o Paulo")]
    public void NormalizeInline_TypographicLatinNeedingNothing_ReturnsTheSameInstance(string text)
    {
        Assert.That(TextNormalizer.NormalizeInline(text), Is.SameAs(text));
    }

    // The normalisation as it was before the vectorised check: every character looked at, white space by Unicode category.
    private static string PlainNormalizeInline(string text)
    {
        var output = new System.Text.StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029'
                || (c > '\u007f' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        string result = output.ToString();
        return result.IsNormalized(System.Text.NormalizationForm.FormC) ? result : result.Normalize(System.Text.NormalizationForm.FormC);
    }
}
