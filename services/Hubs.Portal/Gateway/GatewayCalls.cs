using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Portal.Gateway;

/// <summary>The one way every typed client sends a request and reads its answer.</summary>
internal static class GatewayCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ApiResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (var response = await SendRawAsync(http, request, what, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
            {
                return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken));
            }

            var value = typeof(T) == typeof(string)
                ? (T)(object)await response.Content.ReadAsStringAsync(cancellationToken)
                : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return new ApiResult<T>(value, null);
        }
    }

    /// <summary>
    /// The gateway's answer as it came, for callers that read it themselves (headers, CSV); no answer, a 429 or a 5xx
    /// is a <see cref="GatewayFailureException"/> (a friendly page), as for every call.
    /// </summary>
    public static async Task<HttpResponseMessage> SendRawAsync(HttpClient http, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new GatewayFailureException(HttpStatusCode.ServiceUnavailable, what, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatewayFailureException(HttpStatusCode.GatewayTimeout, what, ex);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            response.Dispose();
            throw new GatewayFailureException(response.StatusCode, what);
        }

        return response;
    }

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    public static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };

    public static HttpRequestMessage Put(string path, object body) =>
        new(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) };

    /// <summary>The request made only if the resource is still at <paramref name="version"/> (412 otherwise).</summary>
    public static HttpRequestMessage IfMatch(this HttpRequestMessage request, long version)
    {
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return request;
    }

    /// <summary>A query string from the values that are set, escaped.</summary>
    public static string Query(params (string Name, string? Value)[] values) =>
        string.Join('&', values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
}
