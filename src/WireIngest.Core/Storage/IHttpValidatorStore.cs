namespace WireIngest.Core.Storage;

/// <summary>The HTTP source's conditional-GET validators, per source and URL.</summary>
public interface IHttpValidatorStore
{
    /// <summary>The validators last saved for the URL, or <c>null</c>.</summary>
    Task<HttpValidators?> FindAsync(string source, string url, CancellationToken cancellationToken = default);

    /// <summary>Saves (or replaces) the URL's validators.</summary>
    Task SaveAsync(string source, string url, HttpValidators validators, CancellationToken cancellationToken = default);
}
