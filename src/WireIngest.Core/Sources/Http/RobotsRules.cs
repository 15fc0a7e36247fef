namespace WireIngest.Core.Sources.Http;

/// <summary>
/// The rules of one robots.txt for one product token (RFC 9309): the groups naming the token, else the <c>*</c> groups; the
/// longest matching <c>Allow</c>/<c>Disallow</c> path wins, <c>Allow</c> on a tie; <c>*</c> matches any run of characters and a
/// trailing <c>$</c> anchors the end. Unknown lines are ignored; <c>/robots.txt</c> itself is always allowed.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    /// <summary>Rules that allow everything (no robots.txt, or a 4xx for it).</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>Rules that disallow everything.</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    /// <summary>Parses <paramref name="text"/> for the crawler whose <c>User-Agent</c> is <paramref name="userAgent"/>.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        string token = ProductToken(userAgent);
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        bool matchedMine = false;
        var agents = new List<string>();
        bool inRules = false;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Split('#', 2)[0].Trim();
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string key = line[..colon].Trim().ToLowerInvariant();
            string value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // A user-agent line after rules starts a new group.
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                agents.Add(ProductToken(value));
                continue;
            }

            if (key is not ("allow" or "disallow") || agents.Count == 0)
            {
                continue;
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue; // "Disallow:" with no path disallows nothing.
            }

            (string, bool) rule = (value, key == "allow");
            if (agents.Any(a => string.Equals(a, token, StringComparison.OrdinalIgnoreCase)))
            {
                mine.Add(rule);
                matchedMine = true;
            }
            else if (agents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        return new RobotsRules(matchedMine ? mine : anyone);
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/>.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        int bestLength = -1;
        bool allowed = true;
        foreach ((string pattern, bool allow) in _rules)
        {
            if (pattern.Length >= bestLength && Matches(pattern, path) && (pattern.Length > bestLength || allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    /// <summary>The first word of a User-Agent, without its version: <c>WireIngest/1.0 (+…)</c> → <c>WireIngest</c>.</summary>
    private static string ProductToken(string userAgent)
    {
        string first = userAgent.Trim().Split([' ', '\t'], 2)[0];
        int slash = first.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? first[..slash] : first;
    }

    /// <summary>Whether the pattern matches a prefix of the path (all of it when the pattern ends in <c>$</c>); no regex, no backtracking blow-up.</summary>
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        ReadOnlySpan<char> p = anchored ? pattern.AsSpan(0, pattern.Length - 1) : pattern.AsSpan();
        int pi = 0, si = 0, starP = -1, starS = 0;
        while (true)
        {
            if (pi == p.Length && (!anchored || si == path.Length))
            {
                return true;
            }

            if (pi < p.Length && p[pi] == '*')
            {
                starP = pi++;
                starS = si;
            }
            else if (pi < p.Length && si < path.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (starP >= 0 && starS < path.Length)
            {
                // Let the last star take one more character and try again from there.
                pi = starP + 1;
                si = ++starS;
            }
            else
            {
                return false;
            }
        }
    }
}
