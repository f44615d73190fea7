using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>Envelopes exactly as a hub's MassTransit writes them, to forge or poison from in tests.</summary>
internal static class RealEnvelopes
{
    /// <summary>
    /// Creates an expert named "Real {marker}" at <paramref name="hubId"/> through the gateway and returns the
    /// ExpertPublished envelope the hub published, taken off a witness queue.
    /// </summary>
    public static async Task<JsonObject> ExpertPublishedAsync(TestFederation federation, string hubId, string marker)
    {
        var witness = "envelope-witness-" + marker;
        await federation.Broker.BindWitnessQueueAsync(federation.VirtualHost, "hubs.expert-published", witness);
        using var created = await federation.GatewayClient.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
        {
            name = $"Real {marker}",
            title = "Consulente",
            bio = "Demo data — invented person.",
            competencies = new[] { "grants" },
            languages = new[] { "it" },
        });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating the expert at {hubId} answered {(int)created.StatusCode}.");
        }

        var bodies = await Eventually.Until(
            () => federation.Broker.TakeMessagesAsync(federation.VirtualHost, witness),
            taken => taken.Any(b => b.Contains(marker, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30),
            "the hub's own event on the witness queue");
        return JsonNode.Parse(bodies.First(b => b.Contains(marker, StringComparison.Ordinal)))!.AsObject();
    }
}
