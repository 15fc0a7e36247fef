namespace WireIngest.Core.Extraction.Text;

/// <summary>
/// Finds the site's name in a text dump. A page's first line starts with its logo text ("Japan Today …"); the same name
/// comes back in the page's own chrome below the article ("Login with your JapanToday account") or in its host name.
/// The longest leading word run of the first line that recurs there, spaces ignored, is the site's name.
/// </summary>
internal static class SiteNameDetector
{
    private const int MaxNameWords = 4;
    private const int MinCompactLength = 5;

    public static string? Detect(IReadOnlyList<TextLine> lines, int chromeStart, string? url)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        string[] words = lines[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? host = HostKey(url);
        HashSet<string> chromeTokens = ChromeTokens(lines, chromeStart);
        for (int n = Math.Min(MaxNameWords, words.Length); n >= 1; n--)
        {
            string candidate = string.Join(' ', words, 0, n);
            string compact = Compact(candidate);
            if (compact.Length < MinCompactLength || !char.IsUpper(candidate[0]))
            {
                continue;
            }

            bool inHost = host is not null && host.Contains(compact, StringComparison.Ordinal);
            // One word alone is too common to trust from page text; a spaced name written as one token is a brand.
            bool inChrome = n > 1 && chromeTokens.Contains(compact);
            if (inHost || inChrome)
            {
                return candidate;
            }
        }

        return null;
    }

    private static HashSet<string> ChromeTokens(IReadOnlyList<TextLine> lines, int chromeStart)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (int i = chromeStart; i < lines.Count; i++)
        {
            foreach (string token in lines[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string key = Compact(token);
                if (key.Length >= MinCompactLength)
                {
                    tokens.Add(key);
                }
            }
        }

        return tokens;
    }

    private static string? HostKey(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? Compact(uri.Host) : null;

    private static string Compact(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
