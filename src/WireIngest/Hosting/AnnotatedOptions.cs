using Microsoft.Extensions.Options;

namespace WireIngest.Hosting;

/// <summary>
/// DataAnnotations validation whose failures name the configuration key (<c>WireIngest:Store:BusyRetries: ...</c>), which the
/// stock validator's "DataAnnotation validation failed for 'X' members" does not.
/// </summary>
internal static class AnnotatedOptions
{
    /// <summary>
    /// The failures of a source-generated <c>[OptionsValidator]</c> (each <c>Member: message</c>), prefixed with the section.
    /// </summary>
    public static IEnumerable<string> Validate<TOptions>(IValidateOptions<TOptions> annotations, TOptions options, string section)
        where TOptions : class
    {
        ValidateOptionsResult result = annotations.Validate(Options.DefaultName, options);
        return result.Failed ? (result.Failures ?? [result.FailureMessage]).Select(failure => $"{section}:{failure}") : [];
    }
}
