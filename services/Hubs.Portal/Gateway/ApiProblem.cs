using System.Net;
using System.Text.Json;

namespace Hubs.Portal.Gateway;

/// <summary>
/// An RFC 9457 problem an API answered with, read for the page to map into its own words: the status, the stable
/// <c>reason</c> code where the API gives one, and the fields it names. Its English texts are never shown.
/// </summary>
public sealed record ApiProblem(HttpStatusCode Status, string? Reason, IReadOnlyDictionary<string, string[]> Errors, JsonElement? Body)
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? reason = null;
        JsonElement? body = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = document.RootElement.Clone();
            body = root;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
                {
                    reason = r.GetString();
                }

                if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in e.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(v => v.ToString())]
                            : [field.Value.ToString()];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status alone says enough.
        }

        return new ApiProblem(response.StatusCode, reason, errors, body);
    }

    /// <summary>Whether the API named <paramref name="field"/> (or a field inside it, e.g. <c>intake.topics[1]</c>).</summary>
    public bool Names(string field) =>
        Errors.Keys.Any(k => k.Equals(field, StringComparison.OrdinalIgnoreCase)
            || k.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase));

    /// <summary>A string member of the problem (e.g. the current consent version of a 409).</summary>
    public string? Member(string name) =>
        Body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
