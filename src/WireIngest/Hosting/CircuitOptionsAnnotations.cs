using Microsoft.Extensions.Options;
using WireIngest.Core.Publishing;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="CircuitOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class CircuitOptionsAnnotations : IValidateOptions<CircuitOptions>;
