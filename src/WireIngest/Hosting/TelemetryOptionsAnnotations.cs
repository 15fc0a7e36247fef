using Microsoft.Extensions.Options;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="TelemetryOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class TelemetryOptionsAnnotations : IValidateOptions<TelemetryOptions>;
