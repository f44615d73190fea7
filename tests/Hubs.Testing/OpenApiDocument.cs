using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Hubs.Testing;

/// <summary>
/// A service's OpenAPI document as a client reads it, checked for what every document must hold: each route
/// parameter declared, security on every operation, problem responses with the one schema, camelCase query names,
/// no number typed as a string too. With <c>HUBS_OPENAPI_DIR</c> set, the document is also saved there, where
/// <c>./test.sh</c> lints it with Redocly (tools/openapi-lint). Linked into each service's test project.
/// </summary>
public static partial class OpenApiDocument
{
    public static async Task<JsonElement> ReadCheckedAsync(HttpClient client, string path, string name)
    {
        // As the gateway forwards it: the document's server is the origin the client used.
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "gateway.hubs.test");
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("HUBS_OPENAPI_DIR") is { Length: > 0 } directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, name + ".json"), text);
        }

        var root = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Empty(Problems(root));
        return root;
    }

    /// <summary>What the document gets wrong, one line each.</summary>
    public static IEnumerable<string> Problems(JsonElement root)
    {
        Assert.True(root.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _), "no bearer scheme");
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var expected = RouteValue().Matches(path.Name).Select(m => m.Groups[1].Value).ToHashSet();
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                var declared = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()).ToHashSet();
                if (!expected.SetEquals(declared!))
                {
                    yield return $"{where}: path parameters {string.Join(",", declared)} instead of {string.Join(",", expected)}";
                }

                foreach (var query in parameters.Where(x => x.GetProperty("in").GetString() == "query"))
                {
                    if (char.IsUpper(query.GetProperty("name").GetString()![0]))
                    {
                        yield return $"{where}: query parameter {query.GetProperty("name").GetString()} is not camelCase";
                    }
                }

                if (!operation.Value.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
                {
                    yield return $"{where}: no security";
                }

                foreach (var answer in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
                {
                    if (!answer.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out _))
                    {
                        yield return $"{where}: {answer.Name} is not a problem response";
                    }
                }
            }
        }

        if (root.GetRawText().Contains("[\"integer\",\"string\"]", StringComparison.Ordinal) || root.GetRawText().Contains("[\"number\",\"string\"]", StringComparison.Ordinal))
        {
            yield return "a number is typed as a string too";
        }
    }

    public static JsonElement Operation(JsonElement root, string path, string method) =>
        root.GetProperty("paths").GetProperty(path).GetProperty(method);

    public static IReadOnlyList<string> Responses(JsonElement operation) =>
        [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name)];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex RouteValue();
}
