using System.Text;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>One generated request, and enough of it to read in a failure message.</summary>
public sealed record FuzzRequest(
    FuzzEndpoint Endpoint,
    string Method,
    string PathAndQuery,
    FuzzCaller Caller,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    FuzzBody Body,
    IReadOnlyList<string> RouteValues,
    int Copies = 1)
{
    public string Describe()
    {
        var body = Body.Bytes is null ? "no body" : $"{Body.Bytes.Length} bytes {Body.ContentType ?? "(no content type)"} [{Body.Mutation}]: {Preview(Body.Bytes)}";
        var headers = Headers.Count == 0 ? "" : " " + string.Join(" ", Headers.Select(h => $"{h.Key}: {Shorten(h.Value)}"));
        var burst = Copies > 1 ? $" ×{Copies} at once" : "";
        return $"{Method} {Shorten(PathAndQuery)}{burst} as {FuzzCallers.Name(Caller)}{headers}; {body}";
    }

    private static string Preview(byte[] bytes) => Shorten(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 400)));

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}…({text.Length} chars)";
}

/// <summary>A request body: its bytes (null: none), content type, and which mutation made it.</summary>
public sealed record FuzzBody(byte[]? Bytes, string? ContentType, string Mutation)
{
    public static readonly FuzzBody None = new(null, null, "none");
}
