using System.Text;
using System.Text.Json;
using Json.Schema;

namespace WireIngest.Tests.Messages;

/// <summary>The official ninjs 3.1 schema and our extension of it, loaded from the test output's <c>schemas/</c> copy, with format validation on.</summary>
internal static class MessageSchemas
{
    // The official schema refers to GeoJSON for places[].geoJSON. Tests run offline and messages never write places,
    // so an open stand-in is registered under that address to let the schemas build.
    private const string GeoJsonStandIn = """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://geojson.org/schema/GeoJSON.json" }""";

    private static readonly Lazy<JsonSchema> ExtensionSchema = new(() => Load("ninjs-3.1-wireingest.json"));

    private static readonly Lazy<JsonSchema> OfficialSchema = new(() => Load(Path.Combine("vendor", "iptc", "ninjs-schema_3.1.json")));

    private static readonly EvaluationOptions Options = new()
    {
        RequireFormatValidation = true,
        OutputFormat = OutputFormat.List,
    };

    public static JsonSchema Extension => ExtensionSchema.Value;

    public static JsonSchema Official => OfficialSchema.Value;

    public static string ExtensionPath => SchemaPath("ninjs-3.1-wireingest.json");

    public static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options);
    }

    /// <summary>Error details for an assertion message.</summary>
    public static string Describe(EvaluationResults results)
    {
        var text = new StringBuilder();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                text.Append(detail.InstanceLocation).Append(' ').Append(error.Key).Append(": ").AppendLine(error.Value);
            }
        }

        return text.ToString();
    }

    private static JsonSchema Load(string relativePath)
    {
        // A registry per schema: both copies define the same $defs, and the global registry must stay untouched.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(GeoJsonStandIn, options);
        return JsonSchema.FromText(File.ReadAllText(SchemaPath(relativePath)), options);
    }

    private static string SchemaPath(string relativePath) => Path.Combine(TestContext.CurrentContext.TestDirectory, "schemas", relativePath);
}
