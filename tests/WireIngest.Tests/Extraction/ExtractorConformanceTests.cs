using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;

namespace WireIngest.Tests.Extraction;

/// <summary>
/// What every extractor must survive: on hostile or odd input it yields an article or throws
/// <see cref="DocumentRejectedException"/> with a one-line reason, never another exception, never hangs.
/// Each extractor's fixture derives from this one.
/// </summary>
public abstract class ExtractorConformanceTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>The extractor under test.</summary>
    protected abstract IArticleExtractor CreateExtractor();

    [Test]
    public void Extract_EmptyDocument_YieldsOrRejects() => AssertYieldsOrRejects([]);

    [Test]
    public void Extract_WhitespaceOnly_YieldsOrRejects() => AssertYieldsOrRejects(Encoding.UTF8.GetBytes("  \r\n\t  \n"));

    [Test]
    public void Extract_HugeDocument_CompletesInTime()
    {
        var builder = new StringBuilder("<html><body><div>");
        while (builder.Length < 4_000_000)
        {
            builder.Append("<p>Paragraph of generated text, with commas, to make the page large enough to matter.</p>\n");
        }

        builder.Append("</div></body></html>");
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    [Test]
    public void Extract_DeeplyNested_DoesNotOverflow()
    {
        var builder = new StringBuilder("<html><body>");
        builder.Insert(builder.Length, "<div>", 10_000);
        builder.Append("<p>Deep text that sits under ten thousand levels of markup, with a comma.</p>");
        builder.Insert(builder.Length, "</div>", 10_000);
        builder.Append("</body></html>");
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    [Test]
    public void Extract_DeeplyNestedUnclosed_DoesNotOverflow()
    {
        string open = string.Concat(Enumerable.Repeat("<span><b><i>", 4_000));
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes("<html><body>" + open + "text"));
    }

    [Test]
    public void Extract_ThousandsOfChoiceInputsDeepInside_CompletesInTime()
    {
        // The poll-box search climbs from each radio button: a page of 50,000 of them, each under 200 levels, is not climbed from all.
        var builder = new StringBuilder("<html><body><p>A story paragraph long enough to be read as one, with a comma, before the form.</p>");
        builder.Insert(builder.Length, "<div>", 200);
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append("<input type=radio name=a>");
        }

        builder.Insert(builder.Length, "</div>", 200);
        builder.Append("</body></html>");
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    [TestCase("<html><body><p>Unclosed <b>bold <i>italic</p><div></span></table>text</html>")]
    [TestCase("<<<>>><p<<p>>></p></p></p>&&&;&#xFFFFFFF;&bogus;")]
    [TestCase("<?xml version=\"1.0\"?><root><unclosed attr=\"x></root>")]
    [TestCase("{\"not\": \"markup\", \"but\": [1, 2, 3]}")]
    [TestCase("\\u0001\\u0002\\u0003ZCZC garbage \\u0004")]
    public void Extract_MalformedInput_YieldsOrRejects(string input) =>
        // Control characters go in escaped: NUnit names a case by its arguments, and a case whose name holds them was never run.
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(input)));

    [Test]
    public void Extract_ScriptOnly_YieldsOrRejects() =>
        AssertYieldsOrRejects(Encoding.UTF8.GetBytes("<html><head><script>var a = '<p>not text</p>'; while (false) {}</script></head><body><script>document.write('x')</script></body></html>"));

    [Test]
    public void Extract_Latin1Bytes_YieldsOrRejects() =>
        AssertYieldsOrRejects(Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 cr\u00e8me, \u00e0 la fa\u00e7on de P\u00e8re No\u00ebl, na\u00efve r\u00e9sum\u00e9.</p></body></html>"));

    [Test]
    public void Extract_ShiftJisBytes_YieldsOrRejects()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        AssertYieldsOrRejects(Encoding.GetEncoding("shift_jis").GetBytes("<html><body><p>日本語の記事です。東京で会議が開かれた。</p></body></html>"));
    }

    [Test]
    public void Extract_InvalidUtf8_YieldsOrRejects() =>
        AssertYieldsOrRejects([0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0x3C, 0x2F, 0x70, 0x3E]);

    /// <summary>Runs the extractor with a time limit and checks that it either yields articles or rejects with a reason.</summary>
    protected void AssertYieldsOrRejects(byte[] content)
    {
        IArticleExtractor extractor = CreateExtractor();
        var document = new RawDocument(DocumentOrigin.FromFile("conformance-input"), content);
        Exception? unexpected = null;
        string? reason = null;
        IReadOnlyList<ExtractedArticle>? articles = null;
        var worker = new Thread(
            () =>
            {
                try
                {
                    articles = extractor.Extract(document);
                }
                catch (DocumentRejectedException ex)
                {
                    reason = ex.Message;
                }
                catch (Exception ex)
                {
                    unexpected = ex;
                }
            },
            maxStackSize: 1024 * 1024); // The default 1 MB stack of a thread-pool worker, not the test runner's bigger main stack.
        worker.Start();
        bool finished = worker.Join(Limit);

        Assert.That(finished, Is.True, $"the extractor did not finish within {Limit.TotalSeconds} s");
        Assert.That(unexpected, Is.Null, () => $"unexpected {unexpected?.GetType().Name}: {unexpected}");
        if (reason is not null)
        {
            Assert.That(reason, Is.Not.Empty.And.Not.Contains("\n"), "a rejection reason is one non-empty line");
        }
        else
        {
            Assert.That(articles, Is.Not.Null.And.Not.Empty, "no rejection, so at least one article");
            Assert.That(articles!.All(a => a.Format == extractor.Format), Is.True, "articles carry the extractor's format");
        }
    }
}
