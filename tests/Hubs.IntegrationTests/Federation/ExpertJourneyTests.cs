using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Federation;

/// <summary>The spine end to end: hub node → outbox → RabbitMQ → directory, all through the gateway.</summary>
public sealed class ExpertJourneyTests(ExpertJourneyTests.Hubs hubs) : IClassFixture<ExpertJourneyTests.Hubs>
{
    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture("lomazzo", "ivrea");

    [Fact]
    public async Task An_expert_created_updated_and_retired_at_a_hub_is_mirrored_by_the_directory_which_survives_a_restart()
    {
        var client = _federation.GatewayClient;
        var marker = "Zeta" + Guid.NewGuid().ToString("N")[..8];

        var created = await client.PostAsJsonAsync("/api/hubs/lomazzo/experts", new
        {
            name = $"Ada {marker}",
            title = "Consulente di sicurezza informatica",
            bio = "Aiuta le piccole imprese a proteggere i propri sistemi.",
            competencies = new[] { "cybersecurity", "ai-data" },
            languages = new[] { "it", "en" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expertId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var listed = await WaitForExpertAsync(client, marker, e => e?["version"]?.GetValue<long>() == 1);
        Assert.Equal(expertId, listed!["expertId"]!.GetValue<string>());
        Assert.Equal("lomazzo", listed["hubId"]!.GetValue<string>());

        var updated = await client.PutAsJsonAsync($"/api/hubs/lomazzo/experts/{expertId}", new
        {
            name = $"Ada {marker}",
            title = "Responsabile sicurezza e dati",
            bio = "Aiuta le piccole imprese a proteggere i propri sistemi e a usare i dati.",
            competencies = new[] { "cybersecurity", "ai-data" },
            languages = new[] { "it", "en", "de" },
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var second = await WaitForExpertAsync(client, marker, e => e?["version"]?.GetValue<long>() == 2);
        Assert.Equal("Responsabile sicurezza e dati", second!["title"]!.GetValue<string>());

        // A second expert that stays, so the restart below has something to keep.
        var keeper = $"Bruno {marker}keep";
        var keeperResponse = await client.PostAsJsonAsync("/api/hubs/ivrea/experts", new
        {
            name = keeper,
            title = "Esperto di export",
            bio = "Accompagna le imprese sui mercati esteri.",
            competencies = new[] { "internationalisation" },
            languages = new[] { "it", "fr" },
        });
        Assert.Equal(HttpStatusCode.Created, keeperResponse.StatusCode);

        var retired = await client.DeleteAsync($"/api/hubs/lomazzo/experts/{expertId}");
        Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        await Eventually.Until(
            () => SearchAsync(client, marker),
            items => items.Count == 1 && items[0]!["name"]!.GetValue<string>() == keeper,
            what: "the retired expert to leave the directory");

        var before = (await client.GetStringAsync("/api/directory/experts?pageSize=100"));
        await _federation.Directory.RestartAsync();
        // The gateway answers 503 for the directory until its health probe sees it back.
        var after = await Eventually.Until(
            () => client.GetStringAsync("/api/directory/experts?pageSize=100"), _ => true, what: "the directory back behind the gateway");
        Assert.Equal(Normalise(before), Normalise(after));
        var afterRestart = await SearchAsync(client, marker);
        Assert.Single(afterRestart);
        Assert.Equal(keeper, afterRestart[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_directory_lists_each_hub_announced_with_its_profile_and_online()
    {
        var hubs = await Eventually.Until(
            async () => (await _federation.GatewayClient.GetFromJsonAsync<JsonArray>("/api/directory/hubs"))!,
            list => list.Count(h => h?["status"]?.GetValue<string>() == "online") >= 2,
            what: "both hubs online in the directory");

        var lomazzo = hubs.Single(h => h!["id"]!.GetValue<string>() == "lomazzo")!;
        Assert.Equal("CO", lomazzo["provinceCode"]!.GetValue<string>());
        Assert.Contains("Lomazzo", lomazzo["city"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Lombardia", lomazzo["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_input_at_a_hub_is_refused_with_a_problem_and_reaches_nobody()
    {
        var client = _federation.GatewayClient;
        var marker = "Bad" + Guid.NewGuid().ToString("N")[..8];
        var response = await client.PostAsJsonAsync("/api/hubs/lomazzo/experts", new
        {
            name = marker,
            title = "t",
            bio = "b",
            competencies = new[] { "astrology" },
            languages = new[] { "it" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("competencies", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var hubList = await client.GetFromJsonAsync<JsonArray>("/api/hubs/lomazzo/experts");
        Assert.DoesNotContain(hubList!, e => e?["name"]?.GetValue<string>() == marker);

        // A good change made after it arrives; the bad one never does.
        var good = await client.PostAsJsonAsync("/api/hubs/lomazzo/experts", new
        {
            name = marker + "ok",
            title = "t",
            bio = "b",
            competencies = new[] { "energy" },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var seen = await Eventually.Until(() => SearchAsync(client, marker), items => items.Count >= 1, what: "the good expert");
        Assert.Single(seen);
    }

    private static async Task<JsonObject?> WaitForExpertAsync(HttpClient client, string marker, Func<JsonObject?, bool> condition)
    {
        var items = await Eventually.Until(
            () => SearchAsync(client, marker),
            found => found.Count == 1 && condition(found[0] as JsonObject),
            what: $"expert {marker} in the directory");
        return items[0] as JsonObject;
    }

    private static async Task<JsonArray> SearchAsync(HttpClient client, string marker)
    {
        var page = await client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={Uri.EscapeDataString(marker)}&pageSize=100");
        return page!["items"]!.AsArray();
    }

    // Hub status and heartbeat times move on their own; the experts must not.
    private static string Normalise(string json)
    {
        var node = JsonNode.Parse(json)!;
        foreach (var item in node["items"]!.AsArray())
        {
            item!.AsObject().Remove("hubStatus");
        }

        return node.ToJsonString();
    }
}
