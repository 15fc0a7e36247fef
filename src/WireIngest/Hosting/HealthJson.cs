using System.Text.Json.Serialization;

namespace WireIngest.Hosting;

/// <summary>Source-generated JSON for the health bodies (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthBody))]
internal sealed partial class HealthJson : JsonSerializerContext;
