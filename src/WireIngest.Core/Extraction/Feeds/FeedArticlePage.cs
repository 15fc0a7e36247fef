using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WireIngest.Core.Extraction.Feeds;

/// <summary>
/// A feed item that carries its whole article becomes an HTML page for the pipeline, with the item's title, author, dates and
/// link in the meta tags the HTML extractor reads, so it need not be fetched.
/// </summary>
internal static partial class FeedArticlePage
{
    /// <summary>
    /// Text length from which paragraphed feed content counts as the article itself: a summary or teaser is a sentence or
    /// three in one block, a wire story several paragraphs of a few hundred characters in all.
    /// </summary>
    public const int FullArticleMinCharacters = 400;

    /// <summary>Paragraphs that, with <see cref="FullArticleMinCharacters"/>, make content an article rather than a teaser.</summary>
    public const int FullArticleMinParagraphs = 3;

    /// <summary>Text length from which content counts as the article whatever its markup (an unparagraphed body).</summary>
    public const int LongContentCharacters = 1500;

    /// <summary>The content type the page is handed on with.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Whether the feed content holds a whole article rather than a summary.</summary>
    public static bool IsFullArticle(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        string text = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        int paragraphs = Paragraphs().Count(html);
        return text.Length >= LongContentCharacters || (text.Length >= FullArticleMinCharacters && paragraphs >= FullArticleMinParagraphs);
    }

    /// <summary>Plain-text content as HTML paragraphs (blank lines separate them).</summary>
    public static string FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IEnumerable<string> paragraphs = BlankLines().Split(text.Trim()).Where(p => p.Length > 0);
        return string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p.Trim()) + "</p>\n"));
    }

    /// <summary>The page for <paramref name="entry"/>, whose <see cref="IndexEntry.FullHtml"/> is set, as UTF-8 bytes.</summary>
    public static byte[] Render(IndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        Meta(page, "property", "og:url", entry.Link);
        page.Append(CultureInfo.InvariantCulture, $"<link rel=\"canonical\" href=\"{Attribute(entry.Link)}\">\n");
        if (entry.Title is { } title)
        {
            page.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>\n");
            Meta(page, "property", "og:title", title);
        }

        if (entry.Author is { } author)
        {
            Meta(page, "name", "author", author);
        }

        if (entry.Published is { } published)
        {
            Meta(page, "property", "article:published_time", published.ToString("O", CultureInfo.InvariantCulture));
        }

        if (entry.Updated is { } updated && updated != entry.Published)
        {
            Meta(page, "property", "article:modified_time", updated.ToString("O", CultureInfo.InvariantCulture));
        }

        page.Append("</head><body><article>\n");
        if (entry.Title is not null)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h1>{WebUtility.HtmlEncode(entry.Title)}</h1>\n");
        }

        // The item's declared pictures, as the figures the page's picture reader knows, unless the text shows them itself.
        foreach (FeedPicture picture in entry.Pictures)
        {
            if (entry.FullHtml!.Contains(picture.Url, StringComparison.Ordinal))
            {
                continue;
            }

            page.Append(CultureInfo.InvariantCulture, $"<figure><img src=\"{Attribute(picture.Url)}\" alt=\"\">");
            if (picture.Caption is not null || picture.Credit is not null)
            {
                page.Append("<figcaption>").Append(WebUtility.HtmlEncode(picture.Caption ?? string.Empty));
                if (picture.Credit is not null)
                {
                    page.Append(" <span class=\"credit\">").Append(WebUtility.HtmlEncode(picture.Credit)).Append("</span>");
                }

                page.Append("</figcaption>");
            }

            page.Append("</figure>\n");
        }

        page.Append(entry.FullHtml).Append("\n</article></body></html>\n");
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    private static void Meta(StringBuilder page, string attribute, string name, string content) =>
        page.Append(CultureInfo.InvariantCulture, $"<meta {attribute}=\"{name}\" content=\"{Attribute(content)}\">\n");

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<p[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex BlankLines();
}
