using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Tests.Extraction.Wire;

[TestFixture]
public sealed class HtmlEntityReferencesTests
{
    [TestCase("<p>Caf&eacute;&nbsp;x</p>", "<p>Caf&#xE9;&#xA0;x</p>")]
    [TestCase("<hl1 title=\"a &mdash; b\">&Eacute;t&eacute;</hl1>", "<hl1 title=\"a &#x2014; b\">&#xC9;t&#xE9;</hl1>")]
    [TestCase("&thetasym;&euro;", "&#x3D1;&#x20AC;")]
    [TestCase("<![CDATA[&nbsp;]]>&nbsp;", "<![CDATA[&nbsp;]]>&#xA0;")]
    [TestCase("<!-- &copy; -->&copy;", "<!-- &copy; -->&#xA9;")]
    [TestCase("<![CDATA[ never closed &nbsp;", "<![CDATA[ never closed &nbsp;")]
    [TestCase("&amp;nbsp;", "&amp;nbsp;")]
    public void ToNumeric_HtmlNamedReferences_WrittenAsNumeric(string xml, string expected) =>
        Assert.That(HtmlEntityReferences.ToNumeric(xml), Is.EqualTo(expected));

    // XML's own five, numeric references, unknown names (a document's own entities), and what is no reference at all.
    [TestCase("&amp;&lt;&gt;&quot;&apos;")]
    [TestCase("&#233;&#xE9;")]
    [TestCase("&lol9; &agency;")]
    [TestCase("AT&T & co &nbsp &; &1abc; &eacutex;")]
    [TestCase("&averyveryverylongname;")]
    [TestCase("")]
    [TestCase("plain text")]
    public void ToNumeric_NothingToChange_SameString(string xml) =>
        Assert.That(HtmlEntityReferences.ToNumeric(xml), Is.SameAs(xml));
}
