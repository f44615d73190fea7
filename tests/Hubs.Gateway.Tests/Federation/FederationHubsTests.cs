using System.Net.Http.Json;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Federation;

public sealed class FederationHubsTests
{
    private sealed record HubRow(string Id, string Status, bool Routed);

    [Fact]
    public async Task The_gateway_lists_its_hubs_with_what_its_probes_found()
    {
        await using var federation = await TestFederation.StartAsync(
            ["alpha"],
            new Dictionary<string, Uri> { ["gamma"] = await Upstream.ClosedAddressAsync() },
            new Dictionary<string, string>
            {
                ["Federation:HealthProbeInterval"] = "00:00:00.200",
                ["Federation:HealthProbeTimeout"] = "00:00:00.200",
            });

        HubRow[] hubs = [];
        await Eventually.HoldsAsync(
            async () =>
            {
                hubs = (await federation.Client.GetFromJsonAsync<HubRow[]>("/api/federation/hubs"))!;
                return hubs.Length == 2 && hubs.All(h => h.Status != "unknown");
            },
            TimeSpan.FromSeconds(10),
            "both hubs probed");

        Assert.Equal([new HubRow("alpha", "healthy", true), new HubRow("gamma", "unhealthy", false)], hubs);
    }
}
