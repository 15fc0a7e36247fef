using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using WireIngest.Core.Extraction.Wire;

namespace WireIngest.Core.Extraction.Feeds;

/// <summary>
/// Reads an RSS 2.0 / RSS 1.0 / Atom feed or a sitemap / sitemap index, item by item: each item is parsed on its own (RSS and
/// Atom through System.ServiceModel.Syndication with a lenient date parser), so a broken item is reported and skipped while
/// the others go through, and XML that breaks mid-document keeps the items before the break. XML is read with DTDs ignored
/// and no resolver (<see cref="SafeXml"/>).
/// </summary>
internal static partial class IndexReader
{
    internal static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    internal static readonly XNamespace MediaRss = "http://search.yahoo.com/mrss/";

    /// <summary>Reads the index; relative links are resolved against <paramref name="url"/>, or kept as written without one (a file).</summary>
    /// <exception cref="DocumentRejectedException">Not XML, or not a feed or sitemap at all.</exception>
    public static IndexDocument Read(ReadOnlyMemory<byte> content, Uri? url)
    {
        XmlReader reader;
        try
        {
            reader = SafeXml.Create(content, SafeXml.MaxCharacters);
            reader.MoveToContent();
        }
        catch (XmlException ex)
        {
            throw new DocumentRejectedException($"not an RSS, Atom or sitemap document: {ex.Message}", ex);
        }

        using (reader)
        {
            return reader.LocalName switch
            {
                "rss" => ReadEntries(reader, IndexKind.Feed, "item", e => RssEntry(e, url)),
                "RDF" => ReadEntries(reader, IndexKind.Feed, "item", e => ChildLink(e, url, null)),
                "feed" when reader.NamespaceURI == Atom.NamespaceName => ReadEntries(reader, IndexKind.Feed, "entry", e => AtomEntry(e, url)),
                "urlset" => ReadEntries(reader, IndexKind.Sitemap, "url", e => SitemapEntry(e, url)),
                "sitemapindex" => ReadEntries(reader, IndexKind.SitemapIndex, "sitemap", e => SitemapEntry(e, url)),
                _ => throw new DocumentRejectedException($"not an RSS, Atom or sitemap document (root element <{reader.Name}>)"),
            };
        }
    }

    private static IndexDocument ReadEntries(XmlReader reader, IndexKind kind, string itemName, Func<XElement, IndexEntry> parse)
    {
        var entries = new List<IndexEntry>();
        var errors = new List<string>();
        int count = 0;
        try
        {
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != itemName)
                {
                    reader.Read();
                    continue;
                }

                // ReadFrom leaves the reader on the node after the item, so no Read() here.
                var element = (XElement)XNode.ReadFrom(reader);
                count++;
                try
                {
                    entries.Add(parse(element));
                }
                catch (Exception ex) when (ex is XmlException or FormatException or UriFormatException or InvalidOperationException or ArgumentException)
                {
                    errors.Add($"{itemName} {count}: {ex.Message}");
                }
            }
        }
        catch (XmlException ex)
        {
            errors.Add($"malformed XML after {itemName} {count}, the rest is skipped: {ex.Message}");
        }

        return new IndexDocument(kind, entries, errors);
    }

    private static IndexEntry RssEntry(XElement element, Uri? url)
    {
        SyndicationItem item;
        try
        {
            // The generic formatter creates the feed with new(), not Activator over a Type (not trim-safe in the Native AOT app).
            var formatter = new Rss20FeedFormatter<SyndicationFeed> { DateTimeParser = LenientDate };
            using XmlReader wrapped = new XElement("rss", new XAttribute("version", "2.0"), new XElement("channel", WithoutLayout(element))).CreateReader();
            formatter.ReadFrom(wrapped);
            item = formatter.Feed.Items.Single();
        }
        catch (Exception ex) when (ex is XmlException or FormatException or UriFormatException)
        {
            // What the formatter refuses (a malformed field) need not cost the item its link.
            return ChildLink(element, url, ex.Message);
        }

        string link = item.Links.FirstOrDefault()?.Uri?.OriginalString
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out _) ? item.Id : null)
            ?? throw new FormatException("no link");
        string? full = element.Element(Content + "encoded")?.Value;
        string? author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
            ?? element.Element(DublinCore + "creator")?.Value;
        // Reuters Connect marks a killed or withheld story's item this way (media:status state="deleted" / "blocked").
        string? status = element.Element(MediaRss + "status")?.Attribute("state")?.Value.Trim();
        return new IndexEntry(Resolve(url, link), DateOrNull(item.LastUpdatedTime) ?? DateOrNull(item.PublishDate), item.Title?.Text, Full(full), author, DateOrNull(item.PublishDate), status)
        {
            Pictures = MediaPictures(element, url),
        };
    }

    private static IndexEntry AtomEntry(XElement element, Uri? url)
    {
        SyndicationItem item;
        try
        {
            var formatter = new Atom10FeedFormatter<SyndicationFeed> { DateTimeParser = LenientDate };
            using XmlReader wrapped = new XElement(Atom + "feed", WithoutLayout(element)).CreateReader();
            formatter.ReadFrom(wrapped);
            item = formatter.Feed.Items.Single();
        }
        catch (Exception ex) when (ex is XmlException or FormatException or UriFormatException)
        {
            return ChildLink(element, url, ex.Message);
        }

        SyndicationLink? alternate = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        string link = alternate?.Uri?.OriginalString
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out _) ? item.Id : null)
            ?? throw new FormatException("no link");
        string? full = item.Content is TextSyndicationContent text
            ? text.Type == "text" ? FeedArticlePage.FromPlainText(text.Text) : text.Text
            : null;
        string? author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        return new IndexEntry(Resolve(url, link), DateOrNull(item.LastUpdatedTime) ?? DateOrNull(item.PublishDate), item.Title?.Text, Full(full), author, DateOrNull(item.PublishDate))
        {
            Pictures = MediaPictures(element, url),
        };
    }

    // Agency feeds send an item's pictures beside its text: Media RSS content (in a media:group or not) with its own
    // description and credit, falling back to the item's, or an image enclosure. Thumbnails are left: they repeat a
    // picture small. A few per item at most.
    private static List<FeedPicture> MediaPictures(XElement item, Uri? url)
    {
        const int MaxPictures = 10;
        var pictures = new List<FeedPicture>();
        string? itemCaption = MediaText(item, "description") ?? MediaText(item, "title");
        string? itemCredit = MediaText(item, "credit");
        IEnumerable<XElement> contents = item.Elements(MediaRss + "content").Concat(item.Elements(MediaRss + "group").Elements(MediaRss + "content"));
        foreach (XElement content in contents)
        {
            string? address = content.Attribute("url")?.Value.Trim();
            string medium = content.Attribute("medium")?.Value ?? string.Empty;
            string type = content.Attribute("type")?.Value ?? string.Empty;
            bool image = medium.Equals("image", StringComparison.OrdinalIgnoreCase) || type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                || (medium.Length == 0 && type.Length == 0 && address is not null && ImageFile().IsMatch(address));
            if (string.IsNullOrEmpty(address) || !image)
            {
                continue;
            }

            AddPicture(pictures, Resolve(url, address), MediaText(content, "description") ?? MediaText(content, "title") ?? itemCaption, MediaText(content, "credit") ?? itemCredit);
        }

        foreach (XElement enclosure in item.Elements("enclosure"))
        {
            if (enclosure.Attribute("url")?.Value.Trim() is { Length: > 0 } address
                && (enclosure.Attribute("type")?.Value ?? string.Empty).StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            {
                AddPicture(pictures, Resolve(url, address), itemCaption, itemCredit);
            }
        }

        return pictures.Count > MaxPictures ? pictures[..MaxPictures] : pictures;
    }

    private static void AddPicture(List<FeedPicture> pictures, string address, string? caption, string? credit)
    {
        if (!pictures.Exists(p => p.Url == address))
        {
            pictures.Add(new FeedPicture(address, caption, credit));
        }
    }

    private static string? MediaText(XElement element, string name) =>
        element.Element(MediaRss + name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    // Pretty-printed feeds put line breaks between an item's fields, which reach the formatters as text nodes where they
    // expect elements: they refuse the item ("'Text' is an invalid XmlNodeType"), and it would keep only its link. The
    // layout goes from a copy, except inside the text constructs, whose XHTML keeps the spaces between its inline elements.
    private static XElement WithoutLayout(XElement item)
    {
        var copy = new XElement(item);
        Strip(copy);
        return copy;

        static void Strip(XElement element)
        {
            element.Nodes().OfType<XText>().Where(t => t is not XCData && string.IsNullOrWhiteSpace(t.Value)).ToList().ForEach(t => t.Remove());
            foreach (XElement child in element.Elements())
            {
                if (child.Name.LocalName is not ("content" or "summary" or "title" or "subtitle" or "rights" or "description" or "encoded"))
                {
                    Strip(child);
                }
            }
        }
    }

    private static IndexEntry SitemapEntry(XElement element, Uri? url)
    {
        string link = element.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value.Trim() is { Length: > 0 } loc ? loc : throw new FormatException("no <loc>");
        string? lastmod = element.Elements().FirstOrDefault(e => e.Name.LocalName == "lastmod")?.Value.Trim();
        return new IndexEntry(Resolve(url, link), ParseDate(lastmod));
    }

    /// <summary>The item's <c>link</c> child in any namespace; else the item is broken for <paramref name="error"/>.</summary>
    private static IndexEntry ChildLink(XElement element, Uri? url, string? error)
    {
        string? link = element.Elements().FirstOrDefault(e => e.Name.LocalName == "link")?.Value.Trim();
        return string.IsNullOrEmpty(link) ? throw new FormatException(error ?? "no link") : new IndexEntry(Resolve(url, link), null, element.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value);
    }

    private static string Resolve(Uri? index, string link) =>
        index is not null && Uri.TryCreate(index, link.Trim(), out Uri? absolute) ? absolute.OriginalString : link.Trim();

    private static string? Full(string? html) => html is not null && FeedArticlePage.IsFullArticle(html) ? html : null;

    private static DateTimeOffset? DateOrNull(DateTimeOffset value) => value == default ? null : value;

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        // A feed with a date in an odd format is common; it costs the item its date, not its place.
        value = ParseDate(data.DateTimeString) ?? default;
        return true;
    }

    private static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string trimmed = text.Trim();
        // RFC 822 with a named zone ("GMT", "UT", "Z") parses once the zone is numeric.
        foreach ((string zone, string offset) in (ReadOnlySpan<(string, string)>)[(" GMT", " +00:00"), (" UT", " +00:00"), (" UTC", " +00:00"), (" Z", " +00:00")])
        {
            if (trimmed.EndsWith(zone, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^zone.Length] + offset;
                break;
            }
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
            || DateTimeOffset.TryParseExact(trimmed, ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFile();
}
