using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Exchange.KnownHubs;
using Hubs.Exchange.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Exchange.Tests.KnownHubs;

/// <summary>HubAnnounced published on the (in-memory) bus, read back from the store and <c>GET /api/practices/hubs</c>.</summary>
public sealed class KnownHubsTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _hub = Make.HubId();

    private async Task<JsonObject?> ListedAsync(string hubId) =>
        (await app.Client.GetFromJsonAsync<JsonArray>("/api/practices/hubs"))!
            .Select(h => h!.AsObject())
            .SingleOrDefault(h => h["id"]!.GetValue<string>() == hubId);

    [Fact]
    public async Task An_announced_hub_is_listed_with_its_id_name_and_version()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1, name: "Ivrea Hub"));

        var hub = (await ListedAsync(_hub))!;

        Assert.Equal(["id", "name", "version"], hub.Select(p => p.Key));
        Assert.Equal("Ivrea Hub", hub["name"]!.GetValue<string>());
        Assert.Equal(1, hub["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_older_or_duplicate_announcement_changes_nothing_and_a_newer_one_replaces()
    {
        var v2 = Make.Announced(_hub, 2, name: "Two");
        await app.PublishAndConsumeAsync(v2);
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1, name: "One"));
        await app.PublishAndConsumeAsync(v2 with { EventId = Guid.NewGuid(), Name = "Two again" });

        var catalog = app.Services.GetRequiredService<IHubCatalog>();
        var stored = (await catalog.GetAsync(_hub))!;
        Assert.Equal("Two", stored.Name);
        Assert.Equal(2, stored.Version);
        Assert.Equal(v2.EventId, stored.LastEventId);
        Assert.Equal("Two", (await ListedAsync(_hub))!["name"]!.GetValue<string>());

        await app.PublishAndConsumeAsync(Make.Announced(_hub, 3, name: "Three"));
        var hub = (await ListedAsync(_hub))!;
        Assert.Equal("Three", hub["name"]!.GetValue<string>());
        Assert.Equal(3, hub["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_malformed_announcement_is_dropped()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 0));
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1) with { HubId = "Not A Hub" });

        Assert.Null(await ListedAsync(_hub));
        Assert.Null(await ListedAsync("Not A Hub"));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_openapi_answer(string path)
    {
        // The bus check turns healthy once the in-memory bus has started.
        using var response = await Eventually.Until(
            () => app.Client.GetAsync(path),
            r => r.StatusCode == HttpStatusCode.OK,
            what: $"{path} to answer 200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
