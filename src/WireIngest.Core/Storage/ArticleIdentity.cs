using System.Security.Cryptography;
using System.Text;
using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>The identity rules of the store: article id, base slug for update linking, message id.</summary>
public static class ArticleIdentity
{
    /// <summary>Headline tags that mark a new take on a known story (the domain reference's status tags, not topics).</summary>
    private static readonly string[] UpdateTags = ["UPDATE", "REFILE", "CORRECTED", "WRAPUP"];

    /// <summary>
    /// The article's id: the provider's id without version, else its URI (the canonical http(s) URL when there is one, else the
    /// <c>urn:wireingest:</c> content hash the normaliser chose).
    /// </summary>
    public static string ArticleId(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.IsNullOrWhiteSpace(article.ProviderId) ? article.Uri : article.ProviderId.Trim();
    }

    /// <summary>The slugline without its bracketed advisory, upper case: <c>USA-WEATHER/ (UPDATE 1, PIX)</c> → <c>USA-WEATHER</c>.</summary>
    public static string? BaseSlug(string? slugline)
    {
        if (string.IsNullOrWhiteSpace(slugline))
        {
            return null;
        }

        var slug = new StringBuilder(slugline.Length);
        int depth = 0;
        foreach (char c in slugline)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                slug.Append(char.ToUpperInvariant(c));
            }
        }

        string result = slug.ToString().Trim().TrimEnd('/', '-', ' ');
        return result.Length > 0 ? result : null;
    }

    /// <summary>Whether the headline tags say this item is an update, refile, correction or wrapup of an earlier story.</summary>
    public static bool IsUpdateOfEarlierStory(IReadOnlyList<string> headlineTags)
    {
        ArgumentNullException.ThrowIfNull(headlineTags);
        foreach (string tag in headlineTags)
        {
            foreach (string update in UpdateTags)
            {
                if (tag.StartsWith(update, StringComparison.OrdinalIgnoreCase) &&
                    (tag.Length == update.Length || !char.IsLetter(tag[update.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The message id of one article version: lower-case hex SHA-256 of <c>articleId + "-v" + version</c>. Deterministic (a re-send
    /// carries the same id), 64 characters, safe as a file name.
    /// </summary>
    public static string MessageId(string articleId, int version)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        string key = articleId + "-v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
