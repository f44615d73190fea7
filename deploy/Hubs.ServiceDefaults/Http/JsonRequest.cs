using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// Reads a JSON body into an all-nullable input type: malformed JSON and wrongly typed values become field errors (400),
/// a body that is not JSON, or in a charset .NET cannot decode, is a 415 — never a 500.
/// </summary>
public static class JsonRequest
{
    /// <summary>Whether the body is declared JSON in a charset we can decode (none given means UTF-8).</summary>
    public static bool IsReadable(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return false;
        }

        var charset = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ? mediaType.Charset.Value : null;
        if (string.IsNullOrEmpty(charset))
        {
            return true;
        }

        try
        {
            _ = Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static async Task<(T? Input, Dictionary<string, string[]> Errors)> ReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options, string what, CancellationToken cancellationToken) where T : class
    {
        T? input;
        try
        {
            input = await request.ReadFromJsonAsync<T>(options, cancellationToken);
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
        detail: $"Send {what} as application/json (UTF-8).",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>"$.intake.topics[1]" → "intake.topics[1]"; the document itself → "body".</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" or "" => "body",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath.TrimStart('$'),
    };
}
