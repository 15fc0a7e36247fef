using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;

namespace WireIngest.Hosting;

/// <summary>
/// Checks every source at start-up; each failure is one line naming the setting
/// (<c>WireIngest:Sources:0:Path: folder 'x' does not exist</c>).
/// </summary>
internal sealed class SourceListOptionsValidator : IValidateOptions<SourceListOptions>
{
    public ValidateOptionsResult Validate(string? name, SourceListOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Sources.Count; i++)
        {
            SourceOptions source = options.Sources[i];
            string key = $"WireIngest:Sources:{i}";
            failures.AddRange(AnnotatedOptions.Validate(source, key));
            if (!string.Equals(source.Kind, SourceKinds.Folder, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{key}:Kind: unknown source kind '{source.Kind}' (supported: folder)");
                continue;
            }

            if (source.Mode.ToLowerInvariant() is not (FolderModes.Scan or FolderModes.Drop))
            {
                failures.Add($"{key}:Mode: unknown folder mode '{source.Mode}' (supported: scan, drop)");
            }

            if (string.IsNullOrWhiteSpace(source.Path) || !Directory.Exists(source.Path))
            {
                failures.Add($"{key}:Path: folder '{source.Path}' does not exist (relative paths resolve against {Environment.CurrentDirectory})");
            }

            if (!names.Add(source.DisplayName))
            {
                failures.Add($"{key}:Name: another source is already named '{source.DisplayName}'");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
