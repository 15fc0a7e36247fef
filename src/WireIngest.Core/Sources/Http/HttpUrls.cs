namespace WireIngest.Core.Sources.Http;

/// <summary>The only URLs the HTTP source requests: absolute, http or https, with a host.</summary>
public static class HttpUrls
{
    /// <summary>Parses an absolute http(s) URL; <c>false</c> for anything else (relative, <c>ftp:</c>, <c>file:</c>, <c>javascript:</c>…).</summary>
    public static bool TryParse(string? text, out Uri url)
    {
        if (Uri.TryCreate(text?.Trim(), UriKind.Absolute, out Uri? parsed) && IsHttp(parsed))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }

    /// <summary>Whether the URL is absolute http or https with a host.</summary>
    public static bool IsHttp(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Host.Length > 0;
    }
}
