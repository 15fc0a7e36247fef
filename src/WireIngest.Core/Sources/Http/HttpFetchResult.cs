using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources.Http;

/// <summary>What fetching one URL (redirects followed, retries done) gave.</summary>
/// <param name="Status">Fetched, not modified, or failed.</param>
/// <param name="Url">The final URL, after redirects.</param>
/// <param name="Content">The body (decompressed, within the size cap); empty unless fetched.</param>
/// <param name="ContentType">The <c>Content-Type</c> header, or <c>null</c>.</param>
/// <param name="Validators">The <c>ETag</c> / <c>Last-Modified</c> to send next time.</param>
/// <param name="LastModified">The <c>Last-Modified</c> time, or <c>null</c>.</param>
/// <param name="Error">Why it failed, or <c>null</c>.</param>
/// <param name="Transient">The failure may go away by itself (5xx, 408, 429, timeout, connection, open circuit): try again later.</param>
internal sealed record HttpFetchResult(
    HttpFetchStatus Status,
    Uri Url,
    byte[] Content,
    string? ContentType,
    HttpValidators Validators,
    DateTimeOffset? LastModified,
    string? Error,
    bool Transient)
{
    public static HttpFetchResult NotModified(Uri url) => new(HttpFetchStatus.NotModified, url, [], null, new HttpValidators(null, null), null, null, false);

    public static HttpFetchResult Failure(Uri url, string error, bool transient) =>
        new(HttpFetchStatus.Failed, url, [], null, new HttpValidators(null, null), null, error, transient);
}
