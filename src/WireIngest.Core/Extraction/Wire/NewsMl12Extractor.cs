using System.Xml.Linq;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// NewsML 1.2 envelopes (AFP, ANA, ANP, Belga, EFE): one story per <c>NewsItem</c>; the text may be plain,
/// HTML in CDATA, XHTML or a NITF payload. Photo components become the story's pictures.
/// </summary>
public sealed class NewsMl12Extractor : IArticleExtractor
{
    private static readonly string[] NonTextRoles = ["title", "caption", "picture", "photo", "image", "video", "audio", "graphic", "thumbnail", "preview"];

    /// <inheritdoc/>
    public string Format => DocumentFormats.NewsMl12;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) => XmlSniffer.RootIs(head, "NewsML");

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        XElement root = SafeXml.Load(document, cancellationToken).Root!;
        return StoryCheck.ReadEach(root.DescendantsNamed("NewsItem"), ReadItem, "NewsML 1.2", cancellationToken);
    }

    private ExtractedArticle ReadItem(XElement item)
    {
        XElement? identifier = item.Child("Identification").Child("NewsIdentifier");
        XElement? management = item.Child("NewsManagement");
        string? revision = identifier.Child("RevisionId").TextOrNull();
        XElement story = StoryComponent(item);
        var article = new ExtractedArticle
        {
            Format = Format,
            Uri = WithoutRevision(identifier.Child("PublicIdentifier").TextOrNull(), revision),
            ProviderId = identifier.Child("NewsItemId").TextOrNull(),
            ProviderVersion = revision,
            FirstCreated = WireDates.Parse(management.Child("FirstCreated")?.Value),
            VersionCreated = WireDates.Parse(management.Child("ThisRevisionCreated")?.Value),
            PubStatus = WireStatus.Parse(management.Child("Status").AttributeOrNull("FormalName")),
            EmbargoedUntil = Embargo(management),
            Headline = NewsLine(story, "HeadLine"),
            // Without a ByLine, the story's CreditLine (Belga: "BELGA") is the only credit it prints.
            Byline = NewsLine(story, "ByLine") ?? NewsLine(story, "CreditLine"),
            Dateline = TextualDateline.OrNull(NewsLine(story, "DateLine")),
            Slugline = NewsLine(story, "SlugLine") ?? item.Child("Identification").Child("NameLabel").TextOrNull(),
            Agency = PartyName(item, "Provider") ?? PartyName(item, "Source") ?? identifier.Child("ProviderId").TextOrNull(),
            Language = story.FirstDescendant("Language").AttributeOrNull("FormalName") ?? story.Language(),
        };

        if (NewsLine(story, "CopyrightLine") is { } copyright)
        {
            article.CopyrightLines.Add(copyright);
        }

        foreach (XElement content in TextContents(story))
        {
            ReadContent(content, article);
        }

        foreach (XElement picture in PictureComponents(item))
        {
            article.Pictures.Add(ReadPicture(picture));
        }

        return article;
    }

    // The deepest component with its own headline and text: Belga nests one per language, AFP has one.
    private static XElement StoryComponent(XElement item)
    {
        List<XElement> components = item.DescendantsNamed("NewsComponent").ToList();
        XElement? best = components
            .Where(c => c.Child("NewsLines").Child("HeadLine").TextOrNull() is not null && TextContents(c).Any())
            .OrderByDescending(c => c.Ancestors().Count())
            .FirstOrDefault();
        return best ?? components.FirstOrDefault() ?? item;
    }

    // The first non-empty line of that kind in the component or, failing that, in its enclosing components.
    private static string? NewsLine(XElement component, string name) =>
        component.AncestorsAndSelf()
            .TakeWhile(e => e.Name.LocalName != "NewsML")
            .Select(c => c.Child("NewsLines").Child(name).TextOrNull())
            .FirstOrDefault(v => v is not null);

    private static IEnumerable<XElement> TextContents(XElement component) =>
        component.DescendantsNamed("ContentItem").Where(c => !IsNonText(c) && c.Child("DataContent") is not null);

    private static bool IsNonText(XElement contentItem)
    {
        string? media = contentItem.Child("MediaType").AttributeOrNull("FormalName");
        if (media is not null && !media.Equals("Text", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string? role = contentItem.Parent.Child("Role").AttributeOrNull("FormalName");
        return role is not null && NonTextRoles.Contains(role.ToLowerInvariant());
    }

    private static void ReadContent(XElement contentItem, ExtractedArticle article)
    {
        XElement data = contentItem.Child("DataContent")!;
        if (data.FirstDescendant("nitf") is { } nitf)
        {
            NitfReader.Read(nitf, article);
        }
        else if (data.Elements().Any())
        {
            XmlBodyReader.Read(data, article);
        }
        else if (HtmlFragment.LooksLikeHtml(data.Value))
        {
            HtmlFragment.Read(data.Value, article);
        }
        else
        {
            article.Body.AddRange(PlainTextBody.Split(data.Value, dedent: true).Select(BodyBlock.Paragraph));
        }
    }

    private static IEnumerable<XElement> PictureComponents(XElement item) =>
        item.DescendantsNamed("NewsComponent").Where(c =>
            c.Child("Role").AttributeOrNull("FormalName") is { } role && (role.Equals("Picture", StringComparison.OrdinalIgnoreCase) || role.Equals("Photo", StringComparison.OrdinalIgnoreCase)));

    private static RawPicture ReadPicture(XElement component)
    {
        string? caption = component.DescendantsNamed("NewsComponent")
            .Where(c => c.Child("Role").AttributeOrNull("FormalName")?.Equals("Caption", StringComparison.OrdinalIgnoreCase) == true)
            .Select(c => c.FirstDescendant("DataContent").TextOrNull())
            .FirstOrDefault(t => t is not null)
            ?? component.Child("NewsLines").Child("HeadLine").TextOrNull();
        string? href = component.DescendantsNamed("ContentItem").Select(c => c.AttributeOrNull("Href")).FirstOrDefault(h => h is not null);
        XElement? lines = component.Child("NewsLines");
        return new RawPicture(caption, lines.Child("CreditLine").TextOrNull(), href, lines.Child("ByLine").TextOrNull());
    }

    private static string? PartyName(XElement item, string role) =>
        item.DescendantsNamed(role).SelectMany(r => r.ChildrenNamed("Party")).Select(p => p.AttributeOrNull("FormalName")).FirstOrDefault(n => n is not null);

    private static string? WithoutRevision(string? publicIdentifier, string? revision) =>
        publicIdentifier is not null && revision is not null && publicIdentifier.EndsWith(":" + revision, StringComparison.Ordinal)
            ? publicIdentifier[..^(revision.Length + 1)]
            : publicIdentifier;

    private static DateTimeOffset? Embargo(XElement? management)
    {
        XElement? change = management.Child("StatusWillChange");
        return change.Child("FutureStatus").AttributeOrNull("FormalName")?.Equals("Usable", StringComparison.OrdinalIgnoreCase) == true
            ? WireDates.Parse(change.Child("DateAndTime")?.Value)
            : null;
    }
}
