using Microsoft.Extensions.Options;

namespace WireIngest.Hosting;

/// <summary>Validates an options class bound to one configuration section by its DataAnnotations, naming the key in each failure.</summary>
internal sealed class SectionOptionsValidator<TOptions>(string section, IValidateOptions<TOptions> annotations) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        List<string> failures = [.. AnnotatedOptions.Validate(annotations, options, section)];
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
