using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;

namespace Hubs.Exchange.Practices;

/// <summary>Reads a JSON body into an all-nullable input type, turning malformed JSON into field errors instead of a 500.</summary>
public static class JsonRequest
{
    public static async Task<(T? Input, Dictionary<string, string[]> Errors)> ReadAsync<T>(
        HttpRequest request, JsonOptions json, string what, CancellationToken cancellationToken) where T : class
    {
        T? input;
        try
        {
            input = await request.ReadFromJsonAsync<T>(json.SerializerOptions, cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, new Dictionary<string, string[]>
            {
                [FieldOf(ex.Path)] = [$"The request body is not valid JSON for {what} (malformed, or a value of the wrong type)."],
            });
        }

        return input is null
            ? (null, new Dictionary<string, string[]> { ["body"] = [$"A JSON object describing {what} is required."] })
            : (input, []);
    }

    public static ProblemHttpResult UnsupportedMediaType(string what) => TypedResults.Problem(
        title: "Unsupported media type",
        detail: $"Send {what} as application/json.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>"$.note" → "note"; the document itself → "body".</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" or "" => "body",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath.TrimStart('$'),
    };
}
