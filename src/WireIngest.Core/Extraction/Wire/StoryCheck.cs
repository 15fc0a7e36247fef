using System.Text.RegularExpressions;
using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>The last step of every wire extractor: format-independent clean-up, then the minimum a story must have.</summary>
internal static partial class StoryCheck
{
    /// <summary>How far into the body a byline paragraph is looked for (Reuters puts it first, or after a trash line and up to five bullets).</summary>
    private const int BylineSearchDepth = 7;

    /// <summary>Whether the story has text or is a status message (a canceled or withheld item is allowed an empty body).</summary>
    public static bool IsStory(ExtractedArticle article) =>
        article.Body.Count > 0 || article.PubStatus != PubStatuses.Usable || (article.Headline is not null && article.Pictures.Count > 0);

    /// <exception cref="DocumentRejectedException">The story has neither body, nor pictures, nor a canceled or withheld status.</exception>
    public static void EnsureStory(ExtractedArticle article, string format)
    {
        Finish(article);
        if (!IsStory(article))
        {
            throw new DocumentRejectedException($"{format} document without body text");
        }
    }

    /// <summary>Reads one story per item of a multi-story input, then keeps those that are stories.</summary>
    /// <exception cref="DocumentRejectedException">No story was found.</exception>
    /// <param name="items">The input's items (messages, news items, JSON objects).</param>
    /// <param name="read">Reads one item.</param>
    /// <param name="format">Format name for the rejection reason.</param>
    /// <param name="cancellationToken">Checked between items.</param>
    /// <param name="emptyReason">Reason given when no item is a story, if the format knows a better one than the default.</param>
    public static ExtractedStories ReadEach<T>(IEnumerable<T> items, Func<T, ExtractedArticle> read, string format, CancellationToken cancellationToken, string? emptyReason = null)
    {
        var stories = new List<ExtractedArticle>();
        foreach (T item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stories.Add(read(item));
        }

        return EnsureAny(stories, format, emptyReason);
    }

    /// <exception cref="DocumentRejectedException">No story was found.</exception>
    /// <param name="stories">The items read.</param>
    /// <param name="format">Format name for the rejection reason.</param>
    /// <param name="emptyReason">Reason given when no item is a story, if the format knows a better one than the default.</param>
    /// <param name="headlineIsStory">The items are declared text items (NewsML-G2 <c>itemClass</c>), so one with a headline and nothing else is an alert, still a story.</param>
    /// <param name="numbered">The items are the input's items in its order, so a passed-over one is named by its place too; else by its id alone.</param>
    public static ExtractedStories EnsureAny(List<ExtractedArticle> stories, string format, string? emptyReason = null, bool headlineIsStory = false, bool numbered = true)
    {
        var kept = new List<ExtractedArticle>(stories.Count);
        var passedOver = new List<string>();
        for (int i = 0; i < stories.Count; i++)
        {
            ExtractedArticle story = stories[i];
            Finish(story);
            if (IsStory(story) || (headlineIsStory && !string.IsNullOrWhiteSpace(story.Headline)))
            {
                kept.Add(story);
            }
            else
            {
                // Said, not dropped in silence: the file's other stories go on, and the operator learns which one did not.
                passedOver.Add($"item{(numbered ? $" {i + 1}" : string.Empty)}{Named(story)}: {format} item without body text");
            }
        }

        return kept.Count > 0 ? new ExtractedStories(kept, passedOver) : throw new DocumentRejectedException(emptyReason ?? $"{format} document without any story");
    }

    // The pictures a body shows (HTML figures) follow those the item's metadata declares (the lead picture, with its credit),
    // and one showing a declared picture again, or another body picture, is not kept twice (ninjs body_html embeds its associations).
    private static void PutDeclaredPicturesFirst(ExtractedArticle article)
    {
        if (!article.Pictures.Exists(p => p.InBody))
        {
            return;
        }

        List<RawPicture> declared = article.Pictures.FindAll(p => !p.InBody);
        var hrefs = new HashSet<string>(declared.Select(p => p.Href).OfType<string>(), StringComparer.Ordinal);
        List<RawPicture> shown = article.Pictures.FindAll(p => p.InBody && (p.Href is null || hrefs.Add(p.Href)));
        article.Pictures.Clear();
        article.Pictures.AddRange(declared);
        article.Pictures.AddRange(shown);
    }

    // How a reason names an item besides its place: the provider's id, else its URI, else its headline.
    private static string Named(ExtractedArticle story) =>
        (story.ProviderId ?? story.Uri ?? story.Headline) is { Length: > 0 } name ? $" ({Shortened(name)})" : string.Empty;

    // One line in the log: white space runs (a headline's line breaks) become one space.
    private static string Shortened(string name)
    {
        string line = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 80 ? line : string.Concat(line.AsSpan(0, 79), "…");
    }

    private static void Finish(ExtractedArticle article)
    {
        PutDeclaredPicturesFirst(article);

        // ">>>ANSA/Gazprom cuts ...": the routing marker names the agency. The headline stays as sent; the normaliser's
        // headline tagger gives the copy without the marker.
        if (article.Headline is { } headline && AgencyRoutingMarker.Match(headline) is { Success: true } marker)
        {
            article.Agency ??= marker.Groups["agency"].Value;
        }

        // Without a byline element, a "By ..." paragraph at the top of the body is the byline (it stays in the body:
        // the provider's copy).
        article.Byline ??= article.Body.Take(BylineSearchDepth)
            .Where(b => b.Kind == BodyBlockKind.Paragraph && BylineParagraph().IsMatch(b.Text))
            .Select(b => b.Text)
            .FirstOrDefault();

        // A copyright notice closing the text is the provider's notice, not story text.
        while (article.Body.Count > 1 && CopyrightParagraph().IsMatch(article.Body[^1].Text))
        {
            string notice = article.Body[^1].Text;
            article.Body.RemoveAt(article.Body.Count - 1);
            if (!article.CopyrightLines.Contains(notice))
            {
                article.CopyrightLines.Add(notice);
            }
        }
    }

    [GeneratedRegex(@"^By\s+\p{Lu}[^.!?:;]{1,80}$")]
    private static partial Regex BylineParagraph();

    [GeneratedRegex(@"^(©|\(c\)\s|Copyright\s+(©\s*)?(\d{4}|\p{Lu}))[^\n]{0,400}$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightParagraph();
}
