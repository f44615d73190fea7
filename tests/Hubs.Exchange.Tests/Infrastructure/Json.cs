using System.Net;
using System.Text;
using System.Text.Json;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>Request bodies and problem checks shared by the API tests.</summary>
public static class Json
{
    public static StringContent Body(object value) => Raw(JsonSerializer.Serialize(value));

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts a problem response with <paramref name="status"/> and, when given, an error keyed by <paramref name="field"/>.</summary>
    public static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var problem = await ReadAsync(response);
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"The problem names no '{field}': {problem}");
        }
    }
}
