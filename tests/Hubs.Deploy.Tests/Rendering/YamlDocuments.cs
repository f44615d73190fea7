using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubs.Deploy.Tests.Rendering;

/// <summary>
/// Splits a multi-document YAML stream and reads each document as JSON with YAML 1.2's core schema (a plain
/// <c>3</c> is a number, a quoted <c>"3"</c> a string), which is how the API server reads it before validating.
/// </summary>
public static partial class YamlDocuments
{
    public static IReadOnlyList<RenderedObject> Split(string text)
    {
        var objects = new List<RenderedObject>();
        foreach (var part in Separator().Split(text).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(part));
            var json = ToJson(stream.Documents.Single().RootNode) as JsonObject
                ?? throw new InvalidOperationException("A document is not a mapping:\n" + part);
            objects.Add(new RenderedObject(
                json["apiVersion"]?.GetValue<string>() ?? "",
                json["kind"]?.GetValue<string>() ?? "",
                json["metadata"]?["name"]?.GetValue<string>() ?? "",
                part,
                json));
        }

        return objects;
    }

    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}"),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "null" or "Null" or "NULL" or "~" or "" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(value) => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(value) => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(value),
        };
    }

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
