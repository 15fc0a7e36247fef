using Microsoft.Extensions.Options;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="HealthOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class HealthOptionsAnnotations : IValidateOptions<HealthOptions>;
