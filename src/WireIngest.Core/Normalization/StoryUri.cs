using System.Security.Cryptography;
using System.Text;

namespace WireIngest.Core.Normalization;

/// <summary>Picks the story's URI: the provider's, the canonical page, the page itself, or a content hash.</summary>
internal static class StoryUri
{
    private const string HashPrefix = "urn:wireingest:";
    private const int HashHexLength = 32;

    public static string Choose(string? providerUri, string? canonicalUrl, string? originUrl, string headline, string bodyText)
    {
        if (IsAbsolute(providerUri))
        {
            return providerUri!.Trim();
        }

        if (IsAbsolute(canonicalUrl))
        {
            return canonicalUrl!.Trim();
        }

        if (Uri.TryCreate(originUrl?.Trim(), UriKind.Absolute, out Uri? page) && (page.Scheme == Uri.UriSchemeHttp || page.Scheme == Uri.UriSchemeHttps))
        {
            return originUrl!.Trim();
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(headline + "\n" + bodyText));
        return HashPrefix + Convert.ToHexStringLower(hash)[..HashHexLength];
    }

    private static bool IsAbsolute(string? uri) => !string.IsNullOrWhiteSpace(uri) && Uri.TryCreate(uri.Trim(), UriKind.Absolute, out _);
}
