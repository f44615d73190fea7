using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Resync;

/// <summary>A hub's snapshot (its republished events and <see cref="SnapshotCompleted"/>) on the in-memory bus, read back through the expert listing.</summary>
public sealed class SnapshotThroughTheBusTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private static readonly DateTimeOffset SnapshotAt = Make.Epoch.AddDays(1);

    [Fact]
    public async Task SnapshotCompleted_removes_the_hubs_experts_absent_from_it_and_keeps_the_present_ones()
    {
        var hub = Make.HubId();
        var present = Guid.NewGuid();
        var absent = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(hub, present, 1, name: "Present"));
        await app.PublishAndConsumeAsync(Make.Published(hub, absent, 1, name: "Absent"));

        await app.PublishAndConsumeAsync(Completed(hub, SnapshotAt, present));

        Assert.Equal(["Present"], await NamesAsync(hub));
    }

    [Fact]
    public async Task An_expert_created_after_the_snapshot_was_taken_is_kept_even_if_its_event_arrives_first()
    {
        var hub = Make.HubId();
        var listed = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(hub, listed, 1, name: "Listed"));
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1, name: "Created later") with { OccurredAt = SnapshotAt.AddSeconds(5) });

        await app.PublishAndConsumeAsync(Completed(hub, SnapshotAt, listed));

        Assert.Equal(["Created later", "Listed"], await NamesAsync(hub));
    }

    [Fact]
    public async Task A_malformed_SnapshotCompleted_removes_nothing()
    {
        var hub = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1, name: "Stays"));

        await app.PublishAndConsumeAsync(Completed(hub, SnapshotAt) with { RequestId = Guid.Empty });
        await app.PublishAndConsumeAsync(Completed(hub, SnapshotAt) with { Version = 0 });

        Assert.Equal(["Stays"], await NamesAsync(hub));
    }

    [Fact]
    public async Task A_hub_cut_off_while_its_experts_changed_converges_on_its_snapshot_alone()
    {
        // S1: what the directory heard before the hub was cut off.
        var hub = new HubAtTheDirectory(Make.HubId());
        var (updated, retired, forgotten, untouched, created) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        hub.Set(updated, 1, "Updated v1");
        hub.Set(retired, 1, "Retired later");
        hub.Set(forgotten, 2, "Lost with the hub's store");
        hub.Set(untouched, 3, "Untouched");
        foreach (var e in hub.Snapshot(Make.Epoch).Experts)
        {
            await PublishAndConsumeAsync(e);
        }

        // While cut off, the hub changed; none of these events reach the directory.
        hub.Set(updated, 4, "Updated v4");
        hub.Retire(retired, 2);
        hub.Forget(forgotten);
        hub.Set(created, 1, "Created while cut off");

        // Back online: only the snapshot arrives, its closing event first (consumers run in any order).
        var (experts, completed) = hub.Snapshot(SnapshotAt);
        await app.PublishAndConsumeAsync(completed);
        foreach (var e in experts)
        {
            await PublishAndConsumeAsync(e);
        }

        var page = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={hub.HubId}&pageSize=100"))!;
        var listed = page["items"]!.AsArray()
            .Select(i => (i!["expertId"]!.GetValue<Guid>(), i["version"]!.GetValue<long>(), i["name"]!.GetValue<string>()))
            .OrderBy(e => e.Item1);
        Assert.Equal(hub.Active.OrderBy(e => e.Id), listed);
        Assert.Equal(3, page["total"]!.GetValue<long>());
    }

    private Task PublishAndConsumeAsync(IHubEvent e) => e switch
    {
        ExpertPublished published => app.PublishAndConsumeAsync(published),
        ExpertRetired retired => app.PublishAndConsumeAsync(retired),
        _ => throw new ArgumentException($"Unexpected event {e.GetType().Name}.", nameof(e)),
    };

    private static SnapshotCompleted Completed(string hub, DateTimeOffset at, params Guid[] active) => new()
    {
        HubId = hub,
        EventId = Guid.CreateVersion7(),
        OccurredAt = at,
        Version = at.ToUnixTimeMilliseconds(),
        RequestId = Guid.NewGuid(),
        ExpertIds = active,
    };

    private async Task<IEnumerable<string>> NamesAsync(string hub) =>
        (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={hub}"))!["items"]!.AsArray()
            .Select(i => i!["name"]!.GetValue<string>());
}
