using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.Contracts.Commands;
using Hubs.Directory.Tests.Infrastructure;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Hubs.Directory.Tests.Resync;

/// <summary><c>POST /api/directory/resync</c> and the snapshot request on start.</summary>
public sealed class ResyncApiTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task A_coordinator_asks_one_hub_and_gets_202_with_the_request_id_the_published_request_carries()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/directory/resync", new { hubId = "lomazzo" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var requestId = body["requestId"]!.GetValue<Guid>();
        Assert.Equal("lomazzo", body["hubId"]!.GetValue<string>());
        Assert.True(await PublishedAsync(app, m => m.RequestId == requestId && m.HubId == "lomazzo" && m.RequestedBy == "coordinator"));
    }

    [Fact]
    public async Task No_body_or_no_hub_id_asks_every_hub()
    {
        using var empty = await app.Client.PostAsync("/api/directory/resync", null);
        using var noHub = await app.Client.PostAsJsonAsync("/api/directory/resync", new { });

        foreach (var response in new[] { empty, noHub })
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var requestId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
            Assert.True(await PublishedAsync(app, m => m.RequestId == requestId && m.HubId is null));
        }
    }

    [Theory]
    [InlineData("{\"hubId\": \"Not A Hub\"}", "hubId")]
    [InlineData("{\"hubId\": 42}", "hubId")]
    [InlineData("{\"hubId\": ", "hubId")]
    [InlineData("{", "body")]
    [InlineData("[1, 2]", "body")]
    public async Task A_bad_body_is_a_validation_problem_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await app.Client.PostAsync("/api/directory/resync", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var content = new StringContent("hubId=lomazzo", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await app.Client.PostAsync("/api/directory/resync", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_directory_asks_every_hub_for_a_snapshot_when_it_starts()
    {
        _ = app.Client;

        Assert.True(await PublishedAsync(app, m => m.HubId is null && m.RequestedBy == "directory-start"));
    }

    [Fact]
    public async Task Directory_ResyncOnStart_false_asks_nobody_on_start()
    {
        using var fresh = new DirectoryApp();
        await using var quiet = fresh.WithWebHostBuilder(b => b.UseSetting("Directory:ResyncOnStart", "false"));
        using var client = quiet.CreateClient();

        // A request made now is published, so the bus works and a start-up request would have gone out before it.
        using var response = await client.PostAsync("/api/directory/resync", null);
        var requestId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<Guid>();
        var harness = quiet.Services.GetTestHarness();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await harness.Published.Any<SnapshotRequested>(m => m.Context.Message.RequestId == requestId, deadline.Token));
        await Task.Delay(300);
        Assert.DoesNotContain(harness.Published.Select<SnapshotRequested>(), m => m.Context.Message.RequestedBy == "directory-start");
    }

    private static async Task<bool> PublishedAsync(DirectoryApp app, Func<SnapshotRequested, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await app.Harness.Published.Any<SnapshotRequested>(m => match(m.Context.Message), deadline.Token);
    }
}
