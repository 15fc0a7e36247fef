using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WireIngest.Hosting;

/// <summary>
/// DataAnnotations validation whose failures name the configuration key (<c>WireIngest:Store:BusyRetries: ...</c>), which the
/// stock validator's "DataAnnotation validation failed for 'X' members" does not.
/// </summary>
internal static class AnnotatedOptions
{
    public static IEnumerable<string> Validate(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (ValidationResult result in results)
        {
            string member = result.MemberNames.FirstOrDefault() ?? string.Empty;
            yield return $"{section}:{member}: {result.ErrorMessage}";
        }
    }
}
