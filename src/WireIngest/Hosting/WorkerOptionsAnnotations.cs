using Microsoft.Extensions.Options;
using WireIngest.Workers;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="WorkerOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class WorkerOptionsAnnotations : IValidateOptions<WorkerOptions>;
