using System.Xml.Linq;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// NewsML-G2 (Reuters, AP, dpa, STT, ANSA): a <c>newsMessage</c>, a lone <c>newsItem</c> or a <c>packageItem</c>.
/// Each text item is a story; picture items go to the text item of their package group (or to the only text item),
/// and stand as stories of their own when there is no text to attach them to.
/// </summary>
public sealed class NewsMlG2Extractor : IArticleExtractor
{
    /// <inheritdoc/>
    public string Format => DocumentFormats.NewsMlG2;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) =>
        XmlSniffer.RootIs(head, "newsMessage", "newsItem", "packageItem") && DocumentSniffer.Contains(head, "iptc.org/std/nar/");

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        XElement root = SafeXml.Load(document, cancellationToken).Root!;
        List<XElement> items = root.Name.LocalName == "newsMessage"
            ? root.Child("itemSet")?.Elements().ToList() ?? []
            : [root];
        if (items.Count == 0)
        {
            throw new DocumentRejectedException("NewsML-G2 message without items");
        }

        var texts = new List<(XElement Item, ExtractedArticle Article)>();
        var pictures = new List<(XElement Item, RawPicture Picture)>();
        var otherClasses = new List<string>();
        foreach (XElement item in items.Where(i => i.Name.LocalName == "newsItem"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? itemClass = ItemClass(item);
            if (IsMedia(itemClass))
            {
                pictures.Add((item, ReadPicture(item)));
            }
            else if (IsAudio(itemClass))
            {
                // An audio clip (a video package's sound track) is not a text story, even with a headline: said, not read as one.
                otherClasses.Add($"item ({item.AttributeOrNull("guid")}): NewsML-G2 {itemClass} item, not published (text, pictures, graphics and video are)");
            }
            else
            {
                texts.Add((item, ReadText(item)));
            }
        }

        List<ExtractedArticle> stories = texts.Select(t => t.Article).ToList();
        AttachPictures(items.Where(i => i.Name.LocalName == "packageItem").ToList(), texts, pictures, stories);
        string? onlyOthers = otherClasses.Count > 0 ? $"NewsML-G2 document without a story the worker publishes: {otherClasses[0]}" : null;
        ExtractedStories found = StoryCheck.EnsureAny(stories, "NewsML-G2", onlyOthers, headlineIsStory: true, numbered: false);
        return new ExtractedStories(found, [.. otherClasses, .. found.PassedOver]);
    }

    private void AttachPictures(List<XElement> packages, List<(XElement Item, ExtractedArticle Article)> texts, List<(XElement Item, RawPicture Picture)> pictures, List<ExtractedArticle> stories)
    {
        Dictionary<string, ExtractedArticle> owners = OwnersInPackages(packages, texts);
        foreach ((XElement item, RawPicture picture) in pictures)
        {
            ExtractedArticle? owner = texts.Count == 1 ? texts[0].Article
                : item.AttributeOrNull("guid") is { } guid ? owners.GetValueOrDefault(guid) : null;
            if (owner is not null)
            {
                owner.Pictures.Add(picture);
                continue;
            }

            // A picture or video sent on its own is a story: its caption is the text.
            ExtractedArticle standalone = ReadCommon(item);
            if (picture.Caption is not null)
            {
                standalone.Body.Add(BodyBlock.Paragraph(picture.Caption));
            }

            standalone.Pictures.Add(picture);
            stories.Add(standalone);
        }
    }

    // Item guid -> the text item referenced from the same package group, which owns the group's pictures.
    private static Dictionary<string, ExtractedArticle> OwnersInPackages(List<XElement> packages, List<(XElement Item, ExtractedArticle Article)> texts)
    {
        var textByGuid = new Dictionary<string, ExtractedArticle>(StringComparer.Ordinal);
        foreach ((XElement item, ExtractedArticle article) in texts)
        {
            if (item.AttributeOrNull("guid") is { } guid)
            {
                textByGuid.TryAdd(guid, article);
            }
        }

        var owners = new Dictionary<string, ExtractedArticle>(StringComparer.Ordinal);
        foreach (XElement group in packages.SelectMany(p => p.DescendantsNamed("group")))
        {
            List<string> refs = group.ChildrenNamed("itemRef").Select(r => r.AttributeOrNull("residref")).OfType<string>().ToList();
            if (refs.Select(r => textByGuid.GetValueOrDefault(r)).FirstOrDefault(a => a is not null) is { } text)
            {
                refs.ForEach(r => owners.TryAdd(r, text));
            }
        }

        return owners;
    }

    private ExtractedArticle ReadText(XElement item)
    {
        ExtractedArticle article = ReadCommon(item);
        XElement? content = item.Child("contentSet");
        XElement? nitf = content.FirstDescendant("nitf");
        if (nitf is not null)
        {
            NitfReader.Read(nitf, article);
        }
        else if (content.FirstDescendant("body") is { } body)
        {
            XmlBodyReader.Read(body, article);
        }
        else if (content.Child("inlineData") is { } data)
        {
            article.Body.AddRange(PlainTextBody.Split(data.Value, dedent: true).Select(BodyBlock.Paragraph));
        }

        return article;
    }

    private ExtractedArticle ReadCommon(XElement item)
    {
        XElement? itemMeta = item.Child("itemMeta");
        XElement? contentMeta = item.Child("contentMeta");
        string? guid = item.AttributeOrNull("guid");
        var article = new ExtractedArticle
        {
            Format = Format,
            ProviderId = guid,
            Uri = guid is not null && System.Uri.IsWellFormedUriString(guid, UriKind.Absolute) ? guid : null,
            ProviderVersion = item.AttributeOrNull("version"),
            Language = item.Language() ?? contentMeta.Child("language").AttributeOrNull("tag"),
            Headline = contentMeta.Child("headline").TextOrNull() ?? itemMeta.Child("title").TextOrNull(),
            Slugline = contentMeta.Child("slugline").TextOrNull(),
            Byline = contentMeta.Child("by").TextOrNull(),
            Dateline = TextualDateline.OrNull(contentMeta.Child("dateline").TextOrNull()),
            Agency = Agency(itemMeta, contentMeta),
            FirstCreated = WireDates.Parse(itemMeta.Child("firstCreated")?.Value) ?? WireDates.Parse(contentMeta.Child("contentCreated")?.Value),
            VersionCreated = WireDates.Parse(itemMeta.Child("versionCreated")?.Value),
            EmbargoedUntil = WireDates.Parse(itemMeta.Child("embargoed")?.Value),
            PubStatus = WireStatus.Parse(itemMeta.Child("pubStatus").AttributeOrNull("qcode")),
        };

        XElement? rights = item.Child("rightsInfo");
        article.CopyrightHolder = rights.Child("copyrightHolder") is { } holder ? holder.AttributeOrNull("literal") ?? holder.Child("name").TextOrNull() : null;
        article.CopyrightLines.AddRange(rights.ChildrenNamed("copyrightNotice").Select(n => n.TextOrNull()).OfType<string>());
        return article;
    }

    private static RawPicture ReadPicture(XElement item)
    {
        XElement? contentMeta = item.Child("contentMeta");
        string? caption = contentMeta.ChildrenNamed("description").FirstOrDefault(d => d.AttributeOrNull("role")?.EndsWith("caption", StringComparison.OrdinalIgnoreCase) == true).TextOrNull()
            ?? contentMeta.Child("description").TextOrNull()
            ?? contentMeta.Child("headline").TextOrNull();
        XElement? rendition = item.Child("contentSet").ChildrenNamed("remoteContent")
            .OrderByDescending(r => r.AttributeOrNull("rendition")?.Contains("base", StringComparison.OrdinalIgnoreCase) == true)
            .FirstOrDefault();
        return new RawPicture(caption, contentMeta.Child("creditline").TextOrNull(), rendition.AttributeOrNull("href"), contentMeta.Child("by").TextOrNull());
    }

    private static string? ItemClass(XElement item) => item.Child("itemMeta").Child("itemClass").AttributeOrNull("qcode");

    // icls:audio (ninat:audio in older copy). Any other class not media is read as text: providers' own class codes included.
    private static bool IsAudio(string? itemClass) => itemClass?.EndsWith(":audio", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsMedia(string? itemClass) =>
        itemClass is not null && (itemClass.EndsWith(":picture", StringComparison.OrdinalIgnoreCase)
            || itemClass.EndsWith(":video", StringComparison.OrdinalIgnoreCase)
            || itemClass.EndsWith(":graphic", StringComparison.OrdinalIgnoreCase));

    private static string? Agency(XElement? itemMeta, XElement? contentMeta)
    {
        XElement? source = contentMeta.ChildrenNamed("infoSource").FirstOrDefault(s => s.AttributeOrNull("literal") is not null);
        if (source is not null)
        {
            return source.AttributeOrNull("literal");
        }

        XElement? provider = itemMeta.Child("provider");
        return provider.AttributeOrNull("literal") ?? provider.Child("name").TextOrNull() ?? QcodeValue(provider.AttributeOrNull("qcode"));
    }

    private static string? QcodeValue(string? qcode) => qcode?[(qcode.IndexOf(':') + 1)..] is { Length: > 0 } value ? value : null;
}
