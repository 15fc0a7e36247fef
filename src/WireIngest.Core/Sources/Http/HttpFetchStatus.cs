namespace WireIngest.Core.Sources.Http;

/// <summary>Outcome kinds of <see cref="HttpFetcher.GetAsync"/>.</summary>
internal enum HttpFetchStatus
{
    /// <summary>2xx with a body.</summary>
    Fetched,

    /// <summary>304: the validators sent still match.</summary>
    NotModified,

    /// <summary>Anything else; see the error.</summary>
    Failed,
}
