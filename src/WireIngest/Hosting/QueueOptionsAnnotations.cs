using Microsoft.Extensions.Options;
using WireIngest.Core.Publishing;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="QueueOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class QueueOptionsAnnotations : IValidateOptions<QueueOptions>;
