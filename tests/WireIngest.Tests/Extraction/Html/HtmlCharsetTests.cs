using System.Text;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class HtmlCharsetTests
{
    private const string Japanese = "東京で主要国の外相が会談し、ウクライナへの支援について協議した。関係者によると、防空システムの供与を急ぐことで一致した。";
    private const string Russian = "Министры иностранных дел стран НАТО встретились во вторник, чтобы обсудить поддержку Украины. Несколько союзников настаивали на ускорении поставок систем противовоздушной обороны, сообщили официальные лица.";
    private const string Chinese = "北约外长周二举行会议，讨论对乌克兰的支持。多个盟国敦促加快交付防空系统，官员表示联盟将长期支持基辅。";

    static HtmlCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("shift_jis", Japanese)]
    [TestCase("euc-jp", Japanese)]
    [TestCase("gb2312", Chinese)]
    [TestCase("windows-1251", Russian)]
    [TestCase("koi8-r", Russian)]
    public void Extract_MetaCharsetDeclared_DecodesText(string charset, string text)
    {
        ExtractedArticle article = HtmlPages.Extract(Encode(charset, $"<meta charset=\"{charset}\">", text));

        Assert.That(article.Body[0].Text, Is.EqualTo(text));
    }

    [TestCase("shift_jis", Japanese)]
    [TestCase("euc-jp", Japanese)]
    [TestCase("windows-1251", Russian)]
    public void Extract_HttpEquivDeclared_DecodesText(string charset, string text)
    {
        ExtractedArticle article = HtmlPages.Extract(Encode(charset, $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">", text));

        Assert.That(article.Body[0].Text, Is.EqualTo(text));
    }

    [TestCase("shift_jis", Japanese)]
    [TestCase("euc-jp", Japanese)]
    [TestCase("windows-1251", Russian)]
    public void Extract_TransportCharset_DecodesText(string charset, string text)
    {
        ExtractedArticle article = HtmlPages.Extract(Encode(charset, string.Empty, text), $"text/html; charset={charset}");

        Assert.That(article.Body[0].Text, Is.EqualTo(text));
    }

    [TestCase("shift_jis", Japanese)]
    [TestCase("euc-jp", Japanese)]
    [TestCase("windows-1251", Russian)]
    public void Extract_UndeclaredLegacyCharset_IsDetected(string charset, string text)
    {
        ExtractedArticle article = HtmlPages.Extract(Encode(charset, string.Empty, text));

        Assert.That(article.Body[0].Text, Is.EqualTo(text));
    }

    [Test]
    public void Extract_UndeclaredLatin1_ReadsAccents()
    {
        const string text = "Le ministre a déclaré mardi à Bruxelles que l'alliance soutiendrait l'Ukraine « aussi longtemps qu'il le faudra », selon des sources proches du dossier.";

        ExtractedArticle article = HtmlPages.Extract(Encode("iso-8859-1", string.Empty, text));

        Assert.That(article.Body[0].Text, Is.EqualTo(text));
    }

    [Test]
    public void Extract_Utf8Bom_WinsOverWrongDeclaration()
    {
        byte[] page = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">", Russian))];

        Assert.That(HtmlPages.Extract(page).Body[0].Text, Is.EqualTo(Russian));
    }

    [Test]
    public void Extract_Utf16LittleEndianWithBom_DecodesText()
    {
        byte[] page = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Page(string.Empty, Japanese))];

        Assert.That(HtmlPages.Extract(page).Body[0].Text, Is.EqualTo(Japanese));
    }

    private static byte[] Encode(string charset, string meta, string text) => Encoding.GetEncoding(charset).GetBytes(Page(meta, text));

    private static string Page(string meta, string text) =>
        $"<html><head>{meta}<title>t</title></head><body><h1>Title</h1><div class=\"article-body\"><p>{text}</p><p>{text}</p></div></body></html>";
}
