using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Hubs.Directory.Tests.Export;

/// <summary>
/// The HSDS 3.0 JSON Schemas copied into Export/hsds (see its README), each as published and in a strict variant. HSDS
/// allows any extra property, so a misspelt field would pass unnoticed; the strict variant adds
/// <c>"additionalProperties": false</c> to every object schema, so every field we write must be one HSDS defines.
/// </summary>
public static class HsdsSchemas
{
    private static readonly Lazy<(JsonSchema Published, JsonSchema Strict)> OrganizationSchemas = new(() => Load("compiled/organization.json"));
    private static readonly Lazy<(JsonSchema Published, JsonSchema Strict)> ServiceSchemas = new(() => Load("compiled/service.json"));
    private static readonly Lazy<(JsonSchema Published, JsonSchema Strict)> TaxonomySchemas = new(() => Load("taxonomy.json"));
    private static readonly Lazy<(JsonSchema Published, JsonSchema Strict)> TaxonomyTermSchemas = new(() => Load("taxonomy_term.json"));
    private static readonly Lazy<JsonSchema> PageSchema = new(LoadPage);

    // HSDS schemas name no dialect and carry their own keywords (name, constraints, example...): draft 2020-12, as
    // OpenAPI 3.1 uses, lets unknown keywords through as annotations.
    private static readonly BuildOptions Build = new() { Dialect = Dialect.Draft202012 };

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static (JsonSchema Published, JsonSchema Strict) Organization => OrganizationSchemas.Value;
    public static (JsonSchema Published, JsonSchema Strict) Service => ServiceSchemas.Value;
    public static (JsonSchema Published, JsonSchema Strict) Taxonomy => TaxonomySchemas.Value;
    public static (JsonSchema Published, JsonSchema Strict) TaxonomyTerm => TaxonomyTermSchemas.Value;

    /// <summary>The API's <c>Page</c> (openapi.json, components/schemas/Page) plus its <c>contents</c> array.</summary>
    public static JsonSchema Page => PageSchema.Value;

    /// <summary>The problems <paramref name="schema"/> finds in <paramref name="instance"/>, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode instance)
    {
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(instance), Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Export", "hsds", file);

    private static (JsonSchema Published, JsonSchema Strict) Load(string file)
    {
        var text = File.ReadAllText(PathOf(file));
        var strict = JsonNode.Parse(text)!;
        Close(strict);
        return (JsonSchema.FromText(text, Build, baseUri: new Uri($"https://hsds.test/published/{file}")),
            JsonSchema.FromText(strict.ToJsonString(), Build, baseUri: new Uri($"https://hsds.test/strict/{file}")));
    }

    private static JsonSchema LoadPage()
    {
        var page = JsonNode.Parse(File.ReadAllText(PathOf("openapi.json")))!["components"]!["schemas"]![nameof(Page)]!.DeepClone().AsObject();
        page["properties"]!.AsObject()["contents"] = new JsonObject { ["type"] = "array" };
        page["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
        page["additionalProperties"] = false;
        return JsonSchema.FromText(page.ToJsonString(), Build, baseUri: new Uri("https://hsds.test/page.json"));
    }

    /// <summary>Adds "additionalProperties": false to every object schema that lists its properties.</summary>
    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject && obj["type"] is JsonValue type && type.GetValue<string>() == "object")
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Close(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Close(child);
                }

                break;
        }
    }
}
