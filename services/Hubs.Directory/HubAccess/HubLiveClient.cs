using System.Net.Http.Json;
using System.Text.Json;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.HubAccess;

/// <summary>
/// The one way the directory asks a hub for a live answer. With <c>Dapr:Enabled</c> the call is Dapr service invocation
/// of the app <c>hub-{hubId}</c> through the sidecar; otherwise plain HTTP to the hub's configured URL (see
/// <see cref="HubAddressOptions"/>). Either way it runs inside the hub's own pipeline (<see cref="HubCircuits"/>): a
/// per-hub timeout and circuit breaker. The HTTP client carries no other resilience handler: no retries, which would
/// only spend the caller's budget on a hub that is already slow.
/// </summary>
public sealed class HubLiveClient(
    HttpClient http,
    HubCircuits circuits,
    IOptions<HubAddressOptions> addresses,
    IOptions<DaprOptions> dapr,
    IServiceProvider services)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether the directory can ask <paramref name="hubId"/> at all (a sidecar, or an address configured).</summary>
    public bool CanReach(string hubId) => dapr.Value.Enabled || addresses.Value.BaseOf(hubId) is not null;

    /// <summary>
    /// The hub's free slots of <paramref name="kind"/> for <paramref name="topic"/>, from now for the hub's default
    /// window (14 days). Throws when the hub fails, is too slow or its circuit is open; the caller falls back.
    /// </summary>
    public async Task<IReadOnlyList<LiveSlot>> FreeSlotsAsync(string hubId, string kind, string topic, CancellationToken cancellationToken)
    {
        var path = $"api/hubs/{Uri.EscapeDataString(hubId)}/slots";
        KeyValuePair<string, string>[] query = [new("kind", kind), new("topic", topic)];
        var slots = await circuits.For(hubId).ExecuteAsync(
            async token =>
            {
                using var request = dapr.Value.Enabled ? ViaDapr(hubId, path, query) : ViaHttp(hubId, path, query);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadFromJsonAsync<SlotAnswer[]>(Json, token);
            },
            cancellationToken);
        return [.. (slots ?? []).Where(s => s.ExpertId != Guid.Empty).Select(s => new LiveSlot(s.ExpertId, s.Start, s.End))];
    }

    private HttpRequestMessage ViaHttp(string hubId, string path, KeyValuePair<string, string>[] query)
    {
        var baseUrl = addresses.Value.BaseOf(hubId) ?? throw new InvalidOperationException($"No address is configured for hub {hubId}.");
        var url = new Uri(baseUrl, $"{baseUrl.AbsolutePath.TrimEnd('/')}/{path}?{string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"))}");
        return new HttpRequestMessage(HttpMethod.Get, url);
    }

    /// <summary>
    /// The request to the sidecar's invoke API for the app <c>hub-{hubId}</c>, with the Dapr API token when one is set.
    /// It is sent with the same HttpClient as the plain path: Dapr 1.19 marks <c>DaprClient.InvokeMethodAsync</c> obsolete
    /// in favour of a native HTTP client, and one client keeps both paths under the same pipeline.
    /// </summary>
    private HttpRequestMessage ViaDapr(string hubId, string path, KeyValuePair<string, string>[] query) =>
        // Registered only when Dapr is enabled: it needs a sidecar to talk to.
        services.GetRequiredService<DaprClient>().CreateInvokeMethodRequest(HttpMethod.Get, DaprOptions.AppIdOf(hubId), path, query);

    /// <summary>What the directory reads of a hub's slot listing.</summary>
    private sealed record SlotAnswer(Guid ExpertId, DateTimeOffset Start, DateTimeOffset End);
}
