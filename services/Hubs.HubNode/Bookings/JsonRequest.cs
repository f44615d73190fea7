using System.Text.Json;

namespace Hubs.HubNode.Bookings;

/// <summary>Reads a JSON body into an all-nullable input type, turning malformed JSON into field errors instead of a 500.</summary>
public static class JsonRequest
{
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
            : (input, new Dictionary<string, string[]>());
    }

    /// <summary>"$.intake.topics[1]" → "intake.topics[1]"; the document itself → "body".</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" or "" => "body",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath.TrimStart('$'),
    };
}
