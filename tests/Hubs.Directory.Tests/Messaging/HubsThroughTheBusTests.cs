using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Messaging;

/// <summary>Hub events published on the (in-memory) bus, read back through <c>GET /api/directory/hubs</c>.</summary>
public sealed class HubsThroughTheBusTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private readonly string _hub = Make.HubId();

    private async Task<JsonObject?> FindAsync(string hubId) =>
        (await app.Client.GetFromJsonAsync<JsonArray>("/api/directory/hubs"))!
            .Select(h => h!.AsObject())
            .SingleOrDefault(h => h["id"]!.GetValue<string>() == hubId);

    [Fact]
    public async Task An_announced_hub_with_a_fresh_heartbeat_is_listed_online_with_its_region_and_expert_count()
    {
        var beat = DateTimeOffset.UtcNow;
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1, name: "ComoNext"));
        await app.PublishAndConsumeAsync(Make.Heartbeat(_hub, 1, beat, TimeSpan.FromSeconds(15)));
        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1));
        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1));
        var retired = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Retired(_hub, retired, 1));

        var hub = (await FindAsync(_hub))!;

        Assert.Equal(
            ["id", "name", "city", "provinceCode", "region", "latitude", "longitude", "specialties", "languages", "publicUrl",
             "contactEmail", "version", "lastHeartbeatAt", "status", "staleSince", "expertCount"],
            hub.Select(p => p.Key));
        Assert.Equal("ComoNext", hub["name"]!.GetValue<string>());
        Assert.Equal("CO", hub["provinceCode"]!.GetValue<string>());
        Assert.Equal("info@hub.example.org", hub["contactEmail"]!.GetValue<string>());
        Assert.Equal("Lombardia", hub["region"]!.GetValue<string>());
        Assert.Equal("online", hub["status"]!.GetValue<string>());
        Assert.Null(hub["staleSince"]);
        Assert.Equal(beat, hub["lastHeartbeatAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(2, hub["expertCount"]!.GetValue<int>());
        Assert.Equal(["ecommerce", "industry-4-0"], hub["specialties"]!.AsArray().Select(s => s!.GetValue<string>()));

        var one = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/hubs/{_hub}"))!;
        Assert.Equal(hub.ToJsonString(), one.ToJsonString());
    }

    [Fact]
    public async Task A_hub_whose_last_heartbeat_is_old_is_stale_since_its_third_missed_beat()
    {
        var beat = DateTimeOffset.UtcNow.AddHours(-1);
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));
        await app.PublishAndConsumeAsync(Make.Heartbeat(_hub, 7, beat, TimeSpan.FromSeconds(10)));
        // An older heartbeat carrying a fresh time must not revive it.
        await app.PublishAndConsumeAsync(Make.Heartbeat(_hub, 6, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(10)));

        var hub = (await FindAsync(_hub))!;

        Assert.Equal("stale", hub["status"]!.GetValue<string>());
        Assert.Equal(beat.AddSeconds(30), hub["staleSince"]!.GetValue<DateTimeOffset>());

        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1));
        var experts = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}"))!;
        Assert.Equal("stale", experts["items"]![0]!["hubStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_heartbeat_from_a_hub_is_not_listed_until_the_hub_announces_itself()
    {
        await app.PublishAndConsumeAsync(Make.Heartbeat(_hub, 1, DateTimeOffset.UtcNow));

        Assert.Null(await FindAsync(_hub));
        using var missing = await app.Client.GetAsync($"/api/directory/hubs/{_hub}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));
        Assert.Equal("online", (await FindAsync(_hub))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_announced_hub_that_never_beat_is_stale()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));

        var hub = (await FindAsync(_hub))!;

        Assert.Equal("stale", hub["status"]!.GetValue<string>());
        Assert.Null(hub["lastHeartbeatAt"]);
        Assert.NotNull(hub["staleSince"]);
    }

    [Fact]
    public async Task An_older_announcement_does_not_replace_a_newer_profile()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 4, name: "Four"));
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 3, name: "Three"));
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 4, name: "Four again"));

        var hub = (await FindAsync(_hub))!;

        Assert.Equal("Four", hub["name"]!.GetValue<string>());
        Assert.Equal(4, hub["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_unknown_hub_is_a_404_problem_and_a_malformed_id_a_400_naming_the_id()
    {
        using var unknown = await app.Client.GetAsync($"/api/directory/hubs/{Make.HubId()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var malformed = await app.Client.GetAsync("/api/directory/hubs/Not_A_Hub");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        var problem = (await malformed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]!["id"]);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_openapi_answer(string path)
    {
        using var response = await Eventually.Until(
            () => app.Client.GetAsync(path),
            r => r.StatusCode == HttpStatusCode.OK,
            what: $"{path} to answer 200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
