namespace WireIngest.Core.Sources.Http;

/// <summary>Whether robots.txt lets the crawler fetch a URL.</summary>
internal enum RobotsVerdict
{
    /// <summary>Allowed (or no robots.txt).</summary>
    Allowed,

    /// <summary>Disallowed for this crawler.</summary>
    Disallowed,

    /// <summary>robots.txt could not be read (5xx, timeout): nothing on the host is fetched this poll (RFC 9309 §2.3.1.4).</summary>
    Unreachable,
}
