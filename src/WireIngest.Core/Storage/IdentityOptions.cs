using System.ComponentModel.DataAnnotations;
using WireIngest.Core.Validation;

namespace WireIngest.Core.Storage;

/// <summary>How items are matched to known articles (<c>WireIngest:Identity</c>).</summary>
public sealed class IdentityOptions
{
    /// <summary>
    /// How far apart an <c>UPDATE</c>/<c>REFILE</c>/<c>CORRECTED</c>/<c>WRAPUP</c> item with a new provider id and the known
    /// article with the same agency and base slug may be, to be linked as a new version of it.
    /// </summary>
    /// <value>Default 48 hours.</value>
    [TimeSpanRange("00:00:00", "365.00:00:00")]
    public TimeSpan UpdateLinkWindow { get; set; } = TimeSpan.FromHours(48);
}
