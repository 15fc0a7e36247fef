using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Tells pages that are no article (index pages, expired or removed stubs, paywall teasers, error pages) by what is
/// left after extraction: little story text plus the page's own wording.
/// </summary>
internal static partial class NotArticleRules
{
    /// <summary>The one-line rejection reason, or <c>null</c> when the page is an article.</summary>
    /// <param name="body">The extracted story.</param>
    /// <param name="headline">The headline found.</param>
    /// <param name="metadata">The page's metadata.</param>
    /// <param name="linkCount">Links on the page.</param>
    /// <param name="barrierText">Text of the page's subscription or registration boxes, which the body leaves out.</param>
    public static string? Reason(IReadOnlyList<BodyBlock> body, string? headline, PageMetadata metadata, int linkCount, string barrierText)
    {
        int bodyChars = 0;
        int paragraphs = 0;
        foreach (BodyBlock block in body)
        {
            bodyChars += block.Text.Length;
            if (block.Kind is BodyBlockKind.Paragraph or BodyBlockKind.Quote && block.Text.Length >= 40)
            {
                paragraphs++;
            }
        }

        string heading = string.Concat(headline, " ", metadata.Title);
        string firstText = string.Join(" ", body.Take(6).Select(b => b.Text));

        if (bodyChars < 1200 && (ErrorPage().IsMatch(heading) || (bodyChars < 300 && ErrorPage().IsMatch(firstText))))
        {
            return "not an article: error page";
        }

        if (bodyChars < 1500 && (Expired().IsMatch(firstText) || Expired().IsMatch(heading)))
        {
            return "not an article: expired or removed notice";
        }

        if (bodyChars < 1000 && paragraphs <= 4 && (Paywall().IsMatch(firstText) || Paywall().IsMatch(barrierText) || metadata.IsAccessibleForFree == false))
        {
            return "not an article: paywall teaser";
        }

        if (paragraphs == 0 && bodyChars < 300)
        {
            return linkCount >= 30
                ? $"not an article: index page ({linkCount} links, no article body)"
                : "not an article: no body paragraph";
        }

        return null;
    }

    [GeneratedRegex(@"\b(404|410|500)\b.{0,40}\b(not found|error|gone)\b|\bpage (was )?not found\b|\bpage (can ?not|could not|couldn't) be found\b|\bpage (does not|doesn't) exist\b|^\s*(error|not found)\b|seite nicht gefunden|page introuvable|página no encontrada",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPage();

    [GeneratedRegex(@"\b(article|story|page|content|video|item)s? (you requested |you are looking for )?(has|have|had) (expired|been removed|been deleted|been taken down|been archived)\b|\bno longer (available|online|accessible)\b|\brequested (article|page|story) (has expired|is not available|could not be found)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expired();

    [GeneratedRegex(@"\bsubscribe (now )?to (continue|read|keep reading|unlock)|\bto continue reading\b|\bsubscribers only\b|\bfor subscribers\b|\balready a subscriber\b|\b(log|sign) in to (read|continue)|\bthis (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)|\bbecome a (member|subscriber) to read",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paywall();
}
