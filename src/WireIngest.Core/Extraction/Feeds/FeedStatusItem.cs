using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace WireIngest.Core.Extraction.Feeds;

/// <summary>
/// A feed item that withdraws its story (Media RSS status deleted or blocked) as a one-item RSS document, so the http source
/// hands the pipeline what <see cref="RssFeedExtractor"/> reads as the withdrawal, instead of fetching a page the provider
/// has killed.
/// </summary>
internal static class FeedStatusItem
{
    /// <summary>The content type the document is handed on with.</summary>
    public const string ContentType = "application/rss+xml; charset=utf-8";

    /// <summary>The document for <paramref name="entry"/>, whose <see cref="IndexEntry.Status"/> is set, as UTF-8 bytes.</summary>
    public static byte[] Render(IndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var item = new XElement("item",
            entry.Title is null ? null : new XElement("title", entry.Title),
            new XElement("link", entry.Link),
            entry.Published is { } published ? new XElement("pubDate", published.ToString("r", CultureInfo.InvariantCulture)) : null,
            entry.Updated is { } updated ? new XElement(IndexReader.Atom + "updated", updated.ToString("O", CultureInfo.InvariantCulture)) : null,
            new XElement(IndexReader.MediaRss + "status", new XAttribute("state", entry.Status ?? string.Empty)));
        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "media", IndexReader.MediaRss.NamespaceName), new XAttribute(XNamespace.Xmlns + "atom", IndexReader.Atom.NamespaceName),
            new XElement("channel", new XElement("title", "status"), new XElement("link", entry.Link), new XElement("description", "status"), item));
        return Encoding.UTF8.GetBytes(new XDeclaration("1.0", "utf-8", null) + "\n" + rss.ToString(SaveOptions.DisableFormatting));
    }
}
