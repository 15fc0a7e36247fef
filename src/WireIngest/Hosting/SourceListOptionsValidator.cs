using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;
using WireIngest.Core.Sources.Http;

namespace WireIngest.Hosting;

/// <summary>
/// Checks every source at start-up; each failure is one line naming the setting
/// (<c>WireIngest:Sources:0:Path: folder 'x' does not exist</c>, <c>WireIngest:Sources:1:Index:0: 'ftp://x' is not …</c>).
/// </summary>
internal sealed class SourceListOptionsValidator : IValidateOptions<SourceListOptions>
{
    private readonly SourceOptionsAnnotations _annotations = new();

    public ValidateOptionsResult Validate(string? name, SourceListOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Sources.Count; i++)
        {
            SourceOptions source = options.Sources[i];
            string key = $"WireIngest:Sources:{i}";
            failures.AddRange(AnnotatedOptions.Validate(_annotations, source, key));
            if (source.IsHttp)
            {
                failures.AddRange(ValidateHttp(source, key));
            }
            else if (source.IsFolder)
            {
                failures.AddRange(ValidateFolder(source, key));
            }
            else
            {
                failures.Add($"{key}:Kind: unknown source kind '{source.Kind}' (supported: folder, http)");
                continue;
            }

            if (!names.Add(source.DisplayName))
            {
                failures.Add($"{key}:Name: another source is already named '{source.DisplayName}'");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateFolder(SourceOptions source, string key)
    {
        if (source.Mode.ToLowerInvariant() is not (FolderModes.Scan or FolderModes.Drop))
        {
            yield return $"{key}:Mode: unknown folder mode '{source.Mode}' (supported: scan, drop)";
        }

        if (string.IsNullOrWhiteSpace(source.Path) || !Directory.Exists(source.Path))
        {
            yield return $"{key}:Path: folder '{source.Path}' does not exist (relative paths resolve against {Environment.CurrentDirectory})";
        }
    }

    private static IEnumerable<string> ValidateHttp(SourceOptions source, string key)
    {
        if (source.Urls.Count == 0 && source.Index.Count == 0)
        {
            yield return $"{key}:Urls: an http source needs at least one URL in Urls or Index";
        }

        foreach ((string setting, List<string> urls) in new[] { ("Urls", source.Urls), ("Index", source.Index) })
        {
            for (int u = 0; u < urls.Count; u++)
            {
                if (!HttpUrls.TryParse(urls[u], out _))
                {
                    yield return $"{key}:{setting}:{u}: '{urls[u]}' is not an absolute http or https URL";
                }
            }
        }

        if (string.IsNullOrWhiteSpace(source.UserAgent))
        {
            yield return $"{key}:UserAgent: must not be empty";
        }
    }
}
