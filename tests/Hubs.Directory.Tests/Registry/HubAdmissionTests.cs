using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Registry;

/// <summary>
/// With Directory:NewHubsAwaitAdmission a hub first heard of is held as suspended until a coordinator admits it; the
/// node address it announced is kept for the gateway either way (decision 0020).
/// </summary>
public sealed class HubAdmissionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_hub_first_heard_of_waits_for_admission_only_when_the_network_says_so(bool awaitAdmission)
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = new SqliteHubRegistry(database.Database, new ProjectionWriter(database.Database), TimeProvider.System, newHubsAwaitAdmission: awaitAdmission);
        var (announced, beating) = (Make.HubId(), Make.HubId());

        await registry.ApplyAnnouncementAsync(Make.Announced(announced, 1) with { NodeUrl = "https://como.node.example.org/" });
        await registry.ApplyHeartbeatAsync(Make.Heartbeat(beating, 1, Make.Epoch), Make.Epoch);

        var hub = await registry.GetAsync(announced);
        Assert.Equal("https://como.node.example.org/", hub!.NodeUrl);
        Assert.Equal(awaitAdmission, hub.Suspended);
        Assert.Equal(awaitAdmission, await registry.IsSuspendedAsync(announced));
        Assert.Equal(awaitAdmission, (await registry.GetAsync(beating))!.Suspended);

        Assert.True(await registry.SetSuspendedAsync(announced, suspended: false));
        Assert.False(await registry.IsSuspendedAsync(announced));
        // A later announcement neither holds the admitted hub back nor loses its address.
        await registry.ApplyAnnouncementAsync(Make.Announced(announced, 2) with { NodeUrl = "https://como.node.example.org/" });
        Assert.False((await registry.GetAsync(announced))!.Suspended);
    }
}
