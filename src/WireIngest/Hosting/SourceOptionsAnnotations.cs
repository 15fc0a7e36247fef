using Microsoft.Extensions.Options;
using WireIngest.Core.Sources;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="SourceOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class SourceOptionsAnnotations : IValidateOptions<SourceOptions>;
