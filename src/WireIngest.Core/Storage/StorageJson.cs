using System.Text.Json.Serialization;

namespace WireIngest.Core.Storage;

/// <summary>Source-generated JSON for the store's own values (the published app is Native AOT: no reflection serializer).</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StorageJson : JsonSerializerContext;
