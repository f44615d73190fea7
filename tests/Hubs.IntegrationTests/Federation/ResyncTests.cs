using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Federation;

/// <summary>The directory catches up with a hub whose changes it never received, through a snapshot.</summary>
public sealed class ResyncTests(ResyncTests.Hubs hubs) : IClassFixture<ResyncTests.Hubs>
{
    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture("bari");

    [Fact]
    public async Task A_directory_that_lost_a_hubs_changes_converges_on_the_hubs_state_after_a_snapshot()
    {
        var client = _federation.GatewayClient;
        var marker = "Resync" + Guid.NewGuid().ToString("N")[..8];
        const string witness = "resync-witness";
        await _federation.Broker.BindWitnessQueueAsync(_federation.VirtualHost, "hubs.expert-published", witness);
        await _federation.Broker.BindWitnessQueueAsync(_federation.VirtualHost, "hubs.expert-retired", witness);
        var kept = await CreateAsync(client, $"Kept {marker}");
        var retired = await CreateAsync(client, $"Retired {marker}");
        await Eventually.Until(() => NamesAsync(client, marker), names => names.Count == 2, what: "both experts in the directory");

        // The directory goes away and the events of these changes are lost with its queue's contents.
        await _federation.Directory.StopAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/hubs/bari/experts/{retired}")).StatusCode);
        var added = await CreateAsync(client, $"Added {marker}");
        using (var renamed = await client.PutAsJsonAsync($"/api/hubs/bari/experts/{kept}", Body($"Renamed {marker}")))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        // 3 publishes and 1 retirement: only once the broker has them all is purging sure to lose them.
        await Eventually.Until(
            () => _federation.Broker.QueueDepthAsync(_federation.VirtualHost, witness),
            depth => depth >= 5,
            TimeSpan.FromSeconds(30),
            "the hub's changes to reach the broker");
        await _federation.Broker.PurgeAsync(_federation.VirtualHost, "directory");

        // On start the directory asks every hub for a snapshot.
        await _federation.Directory.StartAsync();
        var names = await Eventually.Until(
            () => NamesAsync(client, marker),
            found => found.SetEquals([$"Renamed {marker}", $"Added {marker}"]),
            TimeSpan.FromSeconds(30),
            "the directory to converge on the hub's state");
        Assert.DoesNotContain($"Retired {marker}", names);
        Assert.NotEqual(added, retired);
    }

    private static async Task<string> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/hubs/bari/experts", Body(name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static object Body(string name) => new
    {
        name,
        title = "Consulente",
        bio = "Demo data — invented person.",
        competencies = new[] { "grants" },
        languages = new[] { "it" },
    };

    private static async Task<HashSet<string>> NamesAsync(HttpClient client, string marker)
    {
        try
        {
            var page = await client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}&pageSize=100");
            return page!["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToHashSet();
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }
}
