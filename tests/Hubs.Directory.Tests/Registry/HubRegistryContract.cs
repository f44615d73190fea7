using System.Text.Json;
using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Registry;

/// <summary>What every <see cref="IHubRegistry"/> adapter must do. Each test gets a fresh, empty store.</summary>
public abstract class HubRegistryContract : IAsyncLifetime
{
    private readonly string _hub = Make.HubId();

    protected IHubRegistry Store { get; private set; } = null!;

    protected abstract Task<IHubRegistry> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Announcements_apply_only_when_newer()
    {
        var v2 = Make.Announced(_hub, 2, name: "Two");
        Assert.True(await Store.ApplyAnnouncementAsync(v2));
        Assert.False(await Store.ApplyAnnouncementAsync(v2));
        Assert.False(await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1, name: "One")));
        Assert.Equal("Two", (await Store.GetAsync(_hub))!.Name);

        Assert.True(await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 3, name: "Three", provinceCode: "TO")));

        var stored = await Store.GetAsync(_hub);
        Assert.Equal(3, stored!.Version);
        Assert.Equal("Three", stored.Name);
        Assert.Equal("TO", stored.ProvinceCode);
        Assert.Equal(["it", "en"], stored.Languages);
    }

    [Fact]
    public async Task Heartbeats_move_the_last_beat_only_when_newer_and_never_touch_the_profile()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1, name: "Hub"));
        Assert.True(await Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, 10, at), at));
        Assert.False(await Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, 9, at.AddSeconds(30)), at.AddSeconds(30)));
        Assert.False(await Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, 10, at.AddSeconds(30)), at.AddSeconds(30)));

        var stored = await Store.GetAsync(_hub);
        Assert.Equal(10, stored!.HeartbeatVersion);
        Assert.Equal(at, stored.LastHeartbeatAt);
        Assert.Equal(TimeSpan.FromSeconds(15), stored.HeartbeatInterval);
        Assert.Equal(1, stored.Version);
        Assert.Equal("Hub", stored.Name);

        // A later announcement leaves the heartbeat alone.
        Assert.True(await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 2, name: "Hub 2")));
        Assert.Equal(at, (await Store.GetAsync(_hub))!.LastHeartbeatAt);
    }

    [Fact]
    public async Task A_heartbeat_before_any_announcement_leaves_a_placeholder_that_the_announcement_completes()
    {
        var at = DateTimeOffset.UtcNow;
        Assert.True(await Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, 1, at), at));

        var placeholder = await Store.GetAsync(_hub);
        Assert.False(placeholder!.IsAnnounced);
        Assert.Null(placeholder.Name);

        Assert.True(await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1, name: "Late")));
        var announced = await Store.GetAsync(_hub);
        Assert.True(announced!.IsAnnounced);
        Assert.Equal("Late", announced.Name);
        Assert.Equal(at, announced.LastHeartbeatAt);
        Assert.Equal(placeholder.FirstSeenAt, announced.FirstSeenAt);
    }

    [Fact]
    public async Task Announcements_and_heartbeats_racing_in_parallel_end_at_the_highest_versions()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var work = Enumerable.Range(1, 30)
            .SelectMany(v => new Func<Task<bool>>[]
            {
                () => Store.ApplyAnnouncementAsync(Make.Announced(_hub, v, name: $"v{v}")),
                () => Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, v, start.AddSeconds(v)), start.AddSeconds(v)),
            })
            .ToArray();
        new Random(42).Shuffle(work);

        await Task.WhenAll(work.Select(w => Task.Run(w)));

        var stored = await Store.GetAsync(_hub);
        Assert.Equal(30, stored!.Version);
        Assert.Equal("v30", stored.Name);
        Assert.Equal(30, stored.HeartbeatVersion);
        Assert.Equal(start.AddSeconds(30), stored.LastHeartbeatAt);
    }

    [Fact]
    public async Task Out_of_order_announcements_converge_to_the_in_order_state()
    {
        var other = Make.HubId();
        var events = Enumerable.Range(1, 3).Select(v => Make.Announced(_hub, v)).ToArray();
        foreach (var e in events)
        {
            await Store.ApplyAnnouncementAsync(e with { HubId = other });
        }

        foreach (var i in new[] { 2, 0, 1 })
        {
            await Store.ApplyAnnouncementAsync(events[i]);
        }

        var inOrder = (await Store.GetAsync(other))! with { HubId = _hub, FirstSeenAt = default };
        var reordered = (await Store.GetAsync(_hub))! with { FirstSeenAt = default };
        Assert.Equal(JsonSerializer.Serialize(inOrder), JsonSerializer.Serialize(reordered));
    }

    [Fact]
    public async Task The_list_holds_every_hub_heard_of_by_id()
    {
        var second = "u" + _hub[1..];
        await Store.ApplyAnnouncementAsync(Make.Announced(second, 1));
        await Store.ApplyHeartbeatAsync(Make.Heartbeat(_hub, 1, DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);

        var ids = (await Store.ListAsync()).Select(h => h.HubId).ToList();

        Assert.Equal([_hub, second], ids.Where(id => id == _hub || id == second));
    }

    [Fact]
    public async Task A_suspension_survives_new_announcements_and_can_be_lifted()
    {
        Assert.False(await Store.SetSuspendedAsync(_hub, true));

        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1));
        Assert.False((await Store.GetAsync(_hub))!.Suspended);
        Assert.Equal("info@hub.example.org", (await Store.GetAsync(_hub))!.ContactEmail);

        Assert.True(await Store.SetSuspendedAsync(_hub, true));
        Assert.True(await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 2, name: "Still suspended")));
        var suspended = (await Store.GetAsync(_hub))!;
        Assert.True(suspended.Suspended);
        Assert.Equal("Still suspended", suspended.Name);

        Assert.True(await Store.SetSuspendedAsync(_hub, false));
        Assert.False((await Store.GetAsync(_hub))!.Suspended);
    }

    [Fact]
    public async Task The_per_event_suspension_check_sees_every_change_at_once()
    {
        Assert.False(await Store.IsSuspendedAsync(_hub));
        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1));

        // Asked again and again, as for every event; each change must show on the very next call.
        for (var round = 0; round < 3; round++)
        {
            Assert.False(await Store.IsSuspendedAsync(_hub));
            Assert.False(await Store.IsSuspendedAsync(_hub));
            Assert.True(await Store.SetSuspendedAsync(_hub, true));
            Assert.True(await Store.IsSuspendedAsync(_hub));
            Assert.True(await Store.IsSuspendedAsync(_hub));
            Assert.True(await Store.SetSuspendedAsync(_hub, false));
        }

        Assert.False(await Store.IsSuspendedAsync(_hub));
    }

    [Fact]
    public async Task Checks_running_while_a_suspension_lands_never_keep_the_old_answer()
    {
        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1));
        using var stop = new CancellationTokenSource();
        var checks = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Store.IsSuspendedAsync(_hub);
            }
        })).ToArray();

        for (var round = 0; round < 20; round++)
        {
            var suspended = round % 2 == 0;
            await Store.SetSuspendedAsync(_hub, suspended);
            Assert.Equal(suspended, await Store.IsSuspendedAsync(_hub));
        }

        await stop.CancelAsync();
        await Task.WhenAll(checks);
    }

    [Fact]
    public async Task The_membership_version_counts_changes_of_membership_not_requests()
    {
        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 1));
        Assert.Equal(0, (await Store.GetAsync(_hub))!.MembershipVersion);

        await Store.SetSuspendedAsync(_hub, false);
        await Store.SetSuspendedAsync(_hub, true);
        await Store.SetSuspendedAsync(_hub, true);
        Assert.Equal(1, (await Store.GetAsync(_hub))!.MembershipVersion);

        await Store.SetSuspendedAsync(_hub, false);
        await Store.ApplyAnnouncementAsync(Make.Announced(_hub, 2));
        Assert.Equal(2, (await Store.GetAsync(_hub))!.MembershipVersion);
    }
}
