using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.Directory.Tests.Infrastructure;
using MassTransit.Testing;

namespace Hubs.Directory.Tests.Registry;

/// <summary>A coordinator suspends and admits a hub: its entries hide and show, its events are ignored meanwhile.</summary>
public sealed class MembershipApiTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private readonly string _hub = Make.HubId();
    private readonly string _word = "Memb" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_suspended_hubs_experts_are_hidden_and_its_new_events_ignored_until_it_is_admitted()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));
        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Before", bio: $"Consulente {_word}."));
        Assert.Equal(["Before"], await NamesAsync());

        using var suspended = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "Test: suspend for the scenario" });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var membership = (await suspended.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(membership["suspended"]!.GetValue<bool>());
        Assert.Equal(1, membership["version"]!.GetValue<long>());
        Assert.Null(membership["resyncRequestId"]);
        Assert.Empty(await NamesAsync());
        Assert.Equal("suspended", (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/hubs/{_hub}"))!["status"]!.GetValue<string>());
        Assert.True(await app.Harness.Published.Any<HubMembershipChanged>(m => m.Context.Message.HubId == _hub && m.Context.Message.Suspended));

        // Consumed, but not applied: once admitted, only a snapshot brings this expert in.
        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "During", bio: $"Consulente {_word}."));

        using var admitted = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/admit", new { reason = "Test: admit for the scenario" });
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        var back = (await admitted.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(back["suspended"]!.GetValue<bool>());
        Assert.Equal(2, back["version"]!.GetValue<long>());
        var requestId = back["resyncRequestId"]!.GetValue<Guid>();
        Assert.True(await app.Harness.Published.Any<SnapshotRequested>(m => m.Context.Message.RequestId == requestId && m.Context.Message.HubId == _hub));
        Assert.True(await app.Harness.Published.Any<HubMembershipChanged>(m => m.Context.Message.HubId == _hub && m.Context.Message.Version == 2));
        Assert.Equal(["Before"], await NamesAsync());
    }

    [Fact]
    public async Task Suspending_twice_changes_the_membership_once()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));

        using var first = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "Test: suspend for the scenario" });
        using var second = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "Test: suspend for the scenario" });

        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_unknown_hub_is_404_and_a_malformed_id_400_with_a_problem()
    {
        using var unknown = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{Make.HubId()}/admit", new { reason = "Test: admit for the scenario" });
        using var malformed = await app.Client.PostAsJsonAsync("/api/directory/hubs/Not_A_Hub/suspend", new { reason = "Test: suspend for the scenario" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("\"id\"", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_decision_is_kept_in_the_hubs_audit_trail_with_who_when_what_and_why()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));
        var before = DateTimeOffset.UtcNow;

        using var suspended = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "  Heartbeats missing for two days  " });
        using var again = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "Still down" });
        using var admitted = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/admit", new { reason = "Back online, checked with the hub" });
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);

        var trail = (await app.Client.GetFromJsonAsync<JsonArray>($"/api/directory/hubs/{_hub}/membership"))!;
        Assert.Equal(["admit", "suspend", "suspend"], trail.Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal(["Back online, checked with the hub", "Still down", "Heartbeats missing for two days"], trail.Select(a => a!["reason"]!.GetValue<string>()));
        Assert.Equal([true, false, true], trail.Select(a => a!["changed"]!.GetValue<bool>()));
        Assert.Equal([2L, 1L, 1L], trail.Select(a => a!["membershipVersion"]!.GetValue<long>()));
        Assert.All(trail, a => Assert.Equal("coordinator@hubs", a!["actor"]!.GetValue<string>()));
        Assert.All(trail, a => Assert.InRange(a!["at"]!.GetValue<DateTimeOffset>(), before, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_a_problem_naming_the_reason_and_changes_nothing()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1));

        using var none = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend", null);
        using var empty = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = "" });
        using var tooLong = await app.Client.PostAsJsonAsync($"/api/directory/hubs/{_hub}/suspend", new { reason = new string('x', 501) });
        using var wrongType = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend",
            new StringContent("{\"reason\": 12}", System.Text.Encoding.UTF8, "application/json"));
        using var notJson = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend",
            new StringContent("reason=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        foreach (var response in new[] { none, empty, tooLong, wrongType })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"reason\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.NotEqual("suspended", (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/hubs/{_hub}"))!["status"]!.GetValue<string>());
        Assert.Empty((await app.Client.GetFromJsonAsync<JsonArray>($"/api/directory/hubs/{_hub}/membership"))!);
    }

    [Fact]
    public async Task The_audit_trail_of_an_unknown_hub_is_404_and_of_a_malformed_id_400()
    {
        using var unknown = await app.Client.GetAsync($"/api/directory/hubs/{Make.HubId()}/membership");
        using var malformed = await app.Client.GetAsync("/api/directory/hubs/Not_A_Hub/membership");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("\"id\"", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string[]> NamesAsync() =>
        [.. (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={_word}&pageSize=100"))!["items"]!.AsArray()
            .Select(e => e!["name"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)];
}
