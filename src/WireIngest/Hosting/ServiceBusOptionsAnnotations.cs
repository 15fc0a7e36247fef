using Microsoft.Extensions.Options;
using WireIngest.ServiceBus;

namespace WireIngest.Hosting;

/// <summary>The DataAnnotations of <see cref="ServiceBusOptions"/>, checked by source-generated code (no reflection: the app is Native AOT).</summary>
[OptionsValidator]
internal sealed partial class ServiceBusOptionsAnnotations : IValidateOptions<ServiceBusOptions>;
