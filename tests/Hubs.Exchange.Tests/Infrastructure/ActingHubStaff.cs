using System.Text.Json;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>
/// Signs adoptions and endorsements as staff of the hub the body acts for (adoptingHubId / hubId), the way that hub's
/// staff would; a body naming no hub goes as staff of "some-hub"; every other request keeps the client's own token. The exchange still checks every signature.
/// </summary>
public sealed class ActingHubStaff : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (request.Method == HttpMethod.Post && request.Content is not null
            && (path.EndsWith("/adoptions", StringComparison.Ordinal) || path.EndsWith("/endorsements", StringComparison.Ordinal)))
        {
            // A body naming no hub is sent by staff of some hub, so the exchange's own validation answers it.
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            var hubId = ActingHub(body) ?? "some-hub";
            request.Headers.Authorization = Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Staff(hubId));
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static string? ActingHub(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in new[] { "adoptingHubId", "hubId" })
            {
                if (json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    && Hubs.Contracts.Federation.HubIds.IsWellFormed(value.GetString()))
                {
                    return value.GetString();
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
