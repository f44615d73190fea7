using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Deploy.Tests.Rendering;
using Json.Schema;

namespace Hubs.Deploy.Tests.Schemas;

/// <summary>
/// Custom resources (Dapr, the RabbitMQ cluster operator) against the <c>openAPIV3Schema</c> of their CRDs, vendored in
/// <c>Crds/</c> (sources and licences in <c>Crds/README.md</c>). Like the API server's strict field validation, an object
/// schema that lists its properties accepts no others unless it says so (<c>x-kubernetes-preserve-unknown-fields</c>,
/// <c>additionalProperties</c>).
/// </summary>
public static class CustomResourceSchemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static bool Knows(RenderedObject o) => Schemas.Value.ContainsKey(Key(o.Group, o.Version, o.Kind));

    public static bool IsCustom(RenderedObject o) => o.Group.Contains('.', StringComparison.Ordinal) && !o.Group.EndsWith(".k8s.io", StringComparison.Ordinal);

    /// <summary>Every schema violation of <paramref name="o"/> as "location: message", empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(RenderedObject o)
    {
        if (!Schemas.Value.TryGetValue(Key(o.Group, o.Version, o.Kind), out var schema))
        {
            return [$"no vendored CRD defines {o.ApiVersion} {o.Kind}"];
        }

        var instance = JsonDocument.Parse(o.Json.ToJsonString()).RootElement;
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)];
    }

    private static string Key(string group, string version, string kind) => $"{group}/{version}/{kind}";

    private static Dictionary<string, JsonSchema> Load()
    {
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Crds"), "*.yaml"))
        {
            foreach (var crd in YamlDocuments.Split(File.ReadAllText(file)).Where(d => d.Kind == "CustomResourceDefinition"))
            {
                var spec = crd.Json["spec"]!;
                var group = spec["group"]!.GetValue<string>();
                var kind = spec["names"]!["kind"]!.GetValue<string>();
                foreach (var version in spec["versions"]!.AsArray())
                {
                    var openApi = version!["schema"]!["openAPIV3Schema"]!.DeepClone();
                    Close(openApi);
                    schemas[Key(group, version["name"]!.GetValue<string>(), kind)] = JsonSchema.FromText(openApi.ToJsonString());
                }
            }
        }

        return schemas;
    }

    /// <summary>Structural schemas prune unknown fields; strict validation refuses them: say so in JSON Schema terms.</summary>
    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject
                    && schema["additionalProperties"] is null
                    && schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() != true)
                {
                    schema["additionalProperties"] = false;
                }

                // OpenAPI's nullable, in JSON Schema's words; the x-kubernetes-* markers are read above and dropped
                // (JSON Schema refuses keywords it does not know).
                if (schema["nullable"]?.GetValue<bool>() == true && schema["type"] is JsonValue type)
                {
                    schema["type"] = new JsonArray(type.GetValue<string>(), "null");
                }

                foreach (var marker in schema.Select(p => p.Key).Where(k => k == "nullable" || k.StartsWith("x-kubernetes-", StringComparison.Ordinal)).ToList())
                {
                    schema.Remove(marker);
                }

                foreach (var (_, child) in schema.ToList())
                {
                    Close(child);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Close(item);
                }

                break;
        }
    }
}
