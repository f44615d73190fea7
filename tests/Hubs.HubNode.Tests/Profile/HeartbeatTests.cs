using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Profile;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task The_node_beats_at_its_interval_with_growing_versions()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path, new Dictionary<string, string?> { ["Hub:HeartbeatInterval"] = "00:00:01" });
        _ = factory.CreateClient();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeMilliseconds();

        Assert.True(await factory.Harness.WithinAsync<HubHeartbeat>(m =>
            m.Context.Message.HubId == TestHub.Id && m.Context.Message.Interval == TimeSpan.FromSeconds(1)
            && m.Context.Message.Version > before && m.Context.MessageId == m.Context.Message.EventId));
        Assert.True(await factory.Harness.WithinAsync<HubHeartbeat>(m => m.Context.Message.Version > before + 5_500, TimeSpan.FromSeconds(5)),
            "a second beat did not follow");
    }
}
