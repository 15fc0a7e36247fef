using System.Globalization;
using System.Xml.Linq;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>Reads a NITF <c>nitf</c> element into an article; shared by the NITF extractor and NITF payloads of NewsML 1.2 and G2.</summary>
internal static class NitfReader
{
    /// <summary>Fills the fields the article does not have yet from <paramref name="nitf"/>.</summary>
    public static void Read(XElement nitf, ExtractedArticle article)
    {
        XElement? head = nitf.Child("head");
        XElement? docdata = head.Child("docdata");
        XElement? body = nitf.Child("body");
        XElement? bodyHead = body.Child("body.head");

        article.Headline ??= bodyHead.Child("hedline").Child("hl1").TextOrNull() ?? head.Child("title").TextOrNull();
        article.Byline ??= Byline(bodyHead.Child("byline"));
        article.Dateline ??= TextualDateline.OrNull(Without(bodyHead.Child("dateline"), "story.date"));
        article.Agency ??= bodyHead.Child("distributor").TextOrNull();
        article.Language ??= nitf.AttributeOrNull("baselang") ?? nitf.Language();
        article.ProviderId ??= docdata.Child("doc-id").AttributeOrNull("id-string");
        article.Slugline ??= docdata.Child("du-key").AttributeOrNull("key");

        DateTimeOffset? issued = WireDates.Parse(docdata.Child("date.issue").AttributeOrNull("norm"));
        article.VersionCreated ??= issued;
        article.FirstCreated ??= issued;
        DateTimeOffset? release = WireDates.Parse(docdata.Child("date.release").AttributeOrNull("norm"));
        if (release > issued)
        {
            article.EmbargoedUntil ??= release; // released later than issued: held until then
        }

        ReadCopyright(docdata.Child("doc.copyright"), article);

        if (body.Child("body.content") is { } content)
        {
            XmlBodyReader.Read(content, article);
        }
    }

    // byttl is the writer's title ("AP Business Writer"), not part of the names.
    private static string? Byline(XElement? byline) => Without(byline, "byttl") ?? byline.TextOrNull();

    // The element's text without one kind of child (a dateline's machine-readable story.date, a byline's title).
    private static string? Without(XElement? element, string childName)
    {
        if (element is null)
        {
            return null;
        }

        var copy = new XElement(element);
        copy.DescendantsNamed(childName).ToList().ForEach(e => e.Remove());
        return copy.TextOrNull();
    }

    // doc.copyright carries holder and year only; the line is composed as "Copyright {year} {holder}" so the normaliser
    // reads it like any notice, and only when the document has no notice text of its own.
    private static void ReadCopyright(XElement? copyright, ExtractedArticle article)
    {
        string? holder = copyright.AttributeOrNull("holder");
        if (holder is null)
        {
            return;
        }

        article.CopyrightHolder ??= holder;
        if (article.CopyrightLines.Count == 0)
        {
            string? year = copyright.AttributeOrNull("year");
            article.CopyrightLines.Add(year is null
                ? string.Create(CultureInfo.InvariantCulture, $"Copyright {holder}")
                : string.Create(CultureInfo.InvariantCulture, $"Copyright {year} {holder}"));
        }
    }
}
