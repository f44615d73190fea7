using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Trust;

/// <summary>
/// A coordinator suspends a hub: the directory and the exchange hide its entries and ignore what it publishes; admitted
/// again, its entries come back and a snapshot brings what it changed meanwhile. The exchange hears of it through
/// HubMembershipChanged, which it accepts only from the directory's broker user.
/// </summary>
public sealed class MembershipTests(MembershipTests.Hubs hubs) : IClassFixture<MembershipTests.Hubs>
{
    private const string Trento = "trento";

    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture(Trento);

    [Fact]
    public async Task A_suspended_hubs_new_experts_and_practices_stay_out_until_it_is_admitted_and_resynced()
    {
        var client = _federation.GatewayClient;
        var marker = "Member" + Guid.NewGuid().ToString("N")[..8];
        var witness = "membership-witness-" + marker;
        await _federation.Broker.BindWitnessQueueAsync(_federation.VirtualHost, "hubs.expert-published", witness);
        await CreateExpertAsync($"Before {marker}");
        await CreatePracticeAsync($"Practice {marker}");
        await Eventually.Until(() => NamesAsync(marker), names => names.Contains($"Before {marker}"), what: "the expert in the directory");
        await Eventually.Until(() => PracticeTitlesAsync(), titles => titles.Contains($"Practice {marker}"), what: "the practice in the exchange");

        var suspended = await DecideAsync("suspend");
        Assert.True(suspended["suspended"]!.GetValue<bool>());
        Assert.Empty(await NamesAsync(marker));
        await Eventually.Until(() => PracticeTitlesAsync(), titles => !titles.Contains($"Practice {marker}"), what: "the exchange to hide the practice");

        // Published by the hub and consumed by the directory (and the exchange), which ignore them while the hub is suspended.
        await CreateExpertAsync($"During {marker}");
        await CreatePracticeAsync($"Practice during {marker}");
        await Eventually.Until(
            async () => (await _federation.Broker.TakeMessagesAsync(_federation.VirtualHost, witness)).Count(b => b.Contains($"During {marker}", StringComparison.Ordinal)),
            count => count == 1,
            TimeSpan.FromSeconds(30),
            "the new expert's event on the broker");

        // The directory's queue got it at the same moment as the witness and consumes in milliseconds; give it ample time.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await NamesAsync(marker));
        Assert.DoesNotContain($"Practice during {marker}", await PracticeTitlesAsync());

        var admitted = await DecideAsync("admit");
        Assert.False(admitted["suspended"]!.GetValue<bool>());
        Assert.NotNull(admitted["resyncRequestId"]);
        var names = await Eventually.Until(
            () => NamesAsync(marker),
            found => found.SetEquals([$"Before {marker}", $"During {marker}"]),
            TimeSpan.FromSeconds(30),
            "the hub's experts back after the snapshot");
        Assert.Equal(2, names.Count);
        await Eventually.Until(
            () => PracticeTitlesAsync(),
            titles => titles.Contains($"Practice {marker}") && titles.Contains($"Practice during {marker}"),
            TimeSpan.FromSeconds(30),
            "both practices at the exchange, the one published during the suspension through the snapshot");

        // The audit trail kept by the directory: newest first, each with who, when, what and why.
        var trail = await DirectoryAsync($"/api/directory/hubs/{Trento}/membership");
        Assert.Equal(["admit", "suspend"], trail.Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal(["Test: admit after the scenario", "Test: suspend for the scenario"], trail.Select(a => a!["reason"]!.GetValue<string>()));
        Assert.All(trail, a => Assert.Equal("coordinator@hubs", a!["actor"]!.GetValue<string>()));
        Assert.All(trail, a => Assert.True(a!["changed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_refused_naming_the_field_and_changes_nothing()
    {
        using var client = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = _federation.Directory.BaseAddress };
        var before = (await DirectoryAsync($"/api/directory/hubs/{Trento}/membership")).Count;
        using var none = await client.PostAsync($"/api/directory/hubs/{Trento}/suspend", null);
        using var blank = await client.PostAsJsonAsync($"/api/directory/hubs/{Trento}/suspend", new { reason = "  " });
        using var text = await client.PostAsync($"/api/directory/hubs/{Trento}/suspend", new StringContent("because", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"reason\"", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("\"reason\"", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(before, (await DirectoryAsync($"/api/directory/hubs/{Trento}/membership")).Count);
    }

    private async Task<JsonArray> DirectoryAsync(string path)
    {
        using var client = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = _federation.Directory.BaseAddress };
        return (await client.GetFromJsonAsync<JsonArray>(path))!;
    }

    private async Task<JsonObject> DecideAsync(string decision)
    {
        using var client = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = _federation.Directory.BaseAddress };
        using var response = await client.PostAsJsonAsync(
            $"/api/directory/hubs/{Trento}/{decision}", new { reason = decision == "admit" ? "Test: admit after the scenario" : "Test: suspend for the scenario" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task CreateExpertAsync(string name)
    {
        using var response = await _federation.GatewayClient.PostAsJsonAsync($"/api/hubs/{Trento}/experts", new
        {
            name,
            title = "Consulente",
            bio = "Demo data — invented person.",
            competencies = new[] { "energy" },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task CreatePracticeAsync(string title)
    {
        using var response = await _federation.GatewayClient.PostAsJsonAsync($"/api/hubs/{Trento}/practices", new
        {
            title,
            summary = "Una pratica di prova.",
            bodyMarkdown = "Passi **concreti** per la prova.",
            topics = new[] { "energy" },
            language = "it",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HashSet<string>> NamesAsync(string marker)
    {
        var page = await _federation.GatewayClient.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}&pageSize=100");
        return page!["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> PracticeTitlesAsync()
    {
        var page = await _federation.GatewayClient.GetFromJsonAsync<JsonObject>($"/api/practices?hub={Trento}&pageSize=100");
        return page!["items"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }
}
