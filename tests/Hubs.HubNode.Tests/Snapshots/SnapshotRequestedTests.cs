using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Messaging;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;
using MassTransit.Testing;

namespace Hubs.HubNode.Tests.Snapshots;

/// <summary>A snapshot request on the (in-memory) bus, answered through the outbox.</summary>
public sealed class SnapshotRequestedTests
{
    private static readonly string Announced = OutboxMessageTypes.NameOf(typeof(HubAnnounced));
    private static readonly string Published = OutboxMessageTypes.NameOf(typeof(ExpertPublished));
    private static readonly string Retired = OutboxMessageTypes.NameOf(typeof(ExpertRetired));
    private static readonly string Completed = OutboxMessageTypes.NameOf(typeof(SnapshotCompleted));

    private const string Experts = $"/api/hubs/{TestHub.Id}/experts";

    [Fact]
    public async Task A_request_for_this_hub_puts_its_profile_every_expert_at_its_current_version_and_the_closing_event_in_the_outbox()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var kept = await CreateAsync(client, "Anna Verdi");
        var changed = await CreateAsync(client, "Bruno Neri");
        var gone = await CreateAsync(client, "Carla Blu");
        var update = ExpertBodies.Valid("Bruno Neri");
        update["languages"] = new[] { "it", "fr" };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Experts}/{changed.Id}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Experts}/{gone.Id}")).StatusCode);
        var current = (await client.GetFromJsonAsync<ExpertResponse[]>(Experts))!.ToDictionary(e => e.Id);
        var before = await StoreFile.AllSentAsync(db.Path);

        var requestId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(Request(requestId, TestHub.Id));

        var rows = await SnapshotRowsAsync(db.Path, requestId, before.Count);
        Assert.Equal(
            [Announced, .. Enumerable.Repeat("expert", 3), Completed],
            rows.Select(r => r.MessageType == Published || r.MessageType == Retired ? "expert" : r.MessageType));
        Assert.DoesNotContain(rows, r => before.Any(b => b.EventId == r.EventId));

        var profile = Payload(rows[0]);
        Assert.Equal((TestHub.Id, 1L, "Test Valley Hub"), (profile.GetProperty("hubId").GetString(), profile.GetProperty("version").GetInt64(), profile.GetProperty("name").GetString()));

        var experts = rows.Skip(1).Take(3).ToDictionary(r => Payload(r).GetProperty("expertId").GetGuid());
        Assert.Equal(new[] { kept.Id, changed.Id, gone.Id }.Order(), experts.Keys.Order());
        AssertPublished(experts[kept.Id], current[kept.Id], 1);
        AssertPublished(experts[changed.Id], current[changed.Id], 2);
        Assert.Equal(["it", "fr"], Payload(experts[changed.Id]).GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(Retired, experts[gone.Id].MessageType);
        Assert.Equal(2, Payload(experts[gone.Id]).GetProperty("version").GetInt64());

        var completed = Payload(rows[^1]).Deserialize<SnapshotCompleted>(JsonSerializerOptions.Web)!;
        Assert.Equal(TestHub.Id, completed.HubId);
        Assert.Equal(requestId, completed.RequestId);
        Assert.Equal(new[] { kept.Id, changed.Id }.Order(), completed.ExpertIds.Order());
        Assert.Equal(completed.OccurredAt.ToUnixTimeMilliseconds(), completed.Version);
        Assert.True(completed.OccurredAt >= current.Values.Max(e => e.UpdatedAt));

        // The relay publishes the answer like any other event, with the event id as the message id.
        Assert.True(await factory.Harness.WithinAsync<SnapshotCompleted>(m =>
            m.Context.Message.RequestId == requestId && m.Context.MessageId == m.Context.Message.EventId));
    }

    [Fact]
    public async Task A_request_for_every_hub_is_answered()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var expert = await CreateAsync(factory.CreateClient(), "Dora Gialli");
        var before = await StoreFile.AllSentAsync(db.Path);

        var requestId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(Request(requestId, hubId: null));

        var rows = await SnapshotRowsAsync(db.Path, requestId, before.Count);
        Assert.Equal([Announced, Published, Completed], rows.Select(r => r.MessageType));
        Assert.Equal([expert.Id], Payload(rows[^1]).GetProperty("expertIds").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task A_request_for_another_hub_is_ignored()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        await CreateAsync(factory.CreateClient(), "Elio Viola");
        var before = await StoreFile.AllSentAsync(db.Path);

        var requestId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(Request(requestId, "another-hub"));

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await factory.Harness.Consumed.Any<SnapshotRequested>(m => m.Context.Message.RequestId == requestId, deadline.Token));
        Assert.Equal(before.Count, (await StoreFile.OutboxAsync(db.Path)).Count);
    }

    [Fact]
    public void The_hub_queue_is_named_after_the_hub() => Assert.Equal("hub-lomazzo", HubEndpoint.QueueName("lomazzo"));

    private static SnapshotRequested Request(Guid requestId, string? hubId) => new()
    {
        RequestId = requestId,
        RequestedBy = "test",
        HubId = hubId,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static async Task<ExpertResponse> CreateAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync(Experts, ExpertBodies.Valid(name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpertResponse>())!;
    }

    /// <summary>The outbox rows written after <paramref name="skip"/> once the snapshot's closing event is among them.</summary>
    private static async Task<List<OutboxRecord>> SnapshotRowsAsync(string path, Guid requestId, int skip)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var rows = (await StoreFile.OutboxAsync(path)).Skip(skip).ToList();
            if (rows.Any(r => r.MessageType == Completed && Payload(r).GetProperty("requestId").GetGuid() == requestId))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < deadline, "The snapshot did not reach the outbox.");
            await Task.Delay(50);
        }
    }

    private static void AssertPublished(OutboxRecord row, ExpertResponse expert, long version)
    {
        Assert.Equal(Published, row.MessageType);
        var e = Payload(row).Deserialize<ExpertPublished>(JsonSerializerOptions.Web)!;
        Assert.Equal((TestHub.Id, expert.Name, version, expert.UpdatedAt), (e.HubId, e.Name, e.Version, e.OccurredAt));
        Assert.Equal(expert.Competencies, e.Competencies);
    }

    private static JsonElement Payload(OutboxRecord row) => JsonDocument.Parse(row.Payload).RootElement;
}
