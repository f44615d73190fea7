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

        using var suspended = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend", null);
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

        using var admitted = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/admit", null);
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

        using var first = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend", null);
        using var second = await app.Client.PostAsync($"/api/directory/hubs/{_hub}/suspend", null);

        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_unknown_hub_is_404_and_a_malformed_id_400_with_a_problem()
    {
        using var unknown = await app.Client.PostAsync($"/api/directory/hubs/{Make.HubId()}/admit", null);
        using var malformed = await app.Client.PostAsync("/api/directory/hubs/Not_A_Hub/suspend", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("\"id\"", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string[]> NamesAsync() =>
        [.. (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={_word}&pageSize=100"))!["items"]!.AsArray()
            .Select(e => e!["name"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)];
}
