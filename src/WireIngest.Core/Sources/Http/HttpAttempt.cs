namespace WireIngest.Core.Sources.Http;

/// <summary>One request's response, body already read (2xx only) so the retry and timeout cover the whole exchange.</summary>
internal sealed record HttpAttempt(
    int StatusCode,
    string? Reason,
    string? ContentType,
    string? ETag,
    string? LastModifiedText,
    DateTimeOffset? LastModified,
    Uri? Location,
    TimeSpan? RetryAfter,
    byte[] Body)
{
    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308;

    /// <summary>Worth another try: server errors, request timeout, too many requests.</summary>
    public bool IsTransient => StatusCode is >= 500 or 408 or 429;
}
