using System.Text.Json.Serialization;
using WireIngest.Core.Storage;

namespace WireIngest.Cli;

/// <summary>Source-generated JSON for <c>status --json</c> (camelCase, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StoreStatus))]
internal sealed partial class StatusJson : JsonSerializerContext;
