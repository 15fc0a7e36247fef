using Microsoft.Extensions.Options;
using WireIngest.Core.Storage;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="StorageOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsAnnotations : IValidateOptions<StorageOptions>;
