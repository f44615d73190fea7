using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hubs.IntegrationTests.Federation;

/// <summary>
/// A thirteenth hub joins a running network: its own node, started with the network's broker settings, announces its
/// address; the directory lists it as awaiting admission and the gateway refuses it; a coordinator admits it and the
/// gateway routes <c>/api/hubs/{id}/**</c> to it, with no restart and no configuration naming it. Suspended again, its
/// routes answer a 403 problem (decision 0020).
/// </summary>
public sealed class HubJoinsAtRunTimeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string NewHub = "como-lario";
    private TestFederation _federation = null!;

    public async Task InitializeAsync() =>
        _federation = await TestFederation.StartAsync(RabbitMqNode.Shared, ["lomazzo"],
            new Dictionary<string, string> { ["Directory__NewHubsAwaitAdmission"] = "true" });

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task A_hub_started_at_run_time_is_routed_once_a_coordinator_admits_it_and_refused_while_suspended()
    {
        var gateway = _federation.GatewayClient;
        await AssertProblemAsync(await gateway.GetAsync($"/api/hubs/{NewHub}/experts"), HttpStatusCode.NotFound);

        await _federation.JoinHubAsync(NewHub, new Dictionary<string, string>
        {
            ["Hub__Name"] = "Hub Como Lario (demo)",
            ["Hub__City"] = "Como",
            ["Hub__Province"] = "CO",
            ["Hub__Latitude"] = "45.81",
            ["Hub__Longitude"] = "9.08",
            ["Hub__Specialties__0"] = "ecommerce",
        });

        // Announced, waiting for a coordinator: listed as suspended, and the gateway says so rather than "unknown".
        var listed = await Eventually.Until(
            async () =>
            {
                using var response = await gateway.GetAsync($"/api/directory/hubs/{NewHub}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
            },
            hub => hub is not null,
            TimeSpan.FromSeconds(30),
            "the new hub's announcement in the directory");
        Assert.Equal("suspended", listed!["status"]!.GetValue<string>());
        Assert.Null(listed["nodeUrl"]);
        await Eventually.Until(
            async () => (await gateway.GetAsync($"/api/hubs/{NewHub}/experts")).StatusCode,
            status => status == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(10),
            "the gateway to refuse the hub awaiting admission");

        using (var admitted = await gateway.PostAsJsonAsync($"/api/directory/hubs/{NewHub}/admit", new { reason = "Test: admit for the scenario" }))
        {
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        var routed = await Eventually.Until(
            () => gateway.GetAsync($"/api/hubs/{NewHub}/experts"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the gateway to route the admitted hub");
        var admittedToRouted = clock.Elapsed;
        Assert.Equal(NewHub, (await gateway.GetFromJsonAsync<JsonObject>($"/api/hubs/{NewHub}/profile"))!["id"]!.GetValue<string>());
        var federationHubs = await gateway.GetFromJsonAsync<JsonArray>("/api/federation/hubs");
        Assert.Contains(federationHubs!, h => h!["id"]!.GetValue<string>() == NewHub && h["routed"]!.GetValue<bool>());
        routed.Dispose();

        using (var suspended = await gateway.PostAsJsonAsync($"/api/directory/hubs/{NewHub}/suspend", new { reason = "Test: suspend for the scenario" }))
        {
            Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        }

        var refused = await Eventually.Until(
            () => gateway.GetAsync($"/api/hubs/{NewHub}/experts"),
            response => response.StatusCode == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(30),
            "the gateway to refuse the suspended hub");
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "suspended");

        var line = $"FEDERATION hub-join: admitted-to-first-routed-request={admittedToRouted.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)}s (registry read every 1 s)";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? mentions = null)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains(NewHub, body, StringComparison.Ordinal);
            if (mentions is not null)
            {
                Assert.Contains(mentions, body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
