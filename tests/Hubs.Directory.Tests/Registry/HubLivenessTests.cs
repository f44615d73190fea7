using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Tests.Registry;

public sealed class HubLivenessTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly HubLiveness Liveness =
        new(new TestClock(Now), Options.Create(new DirectoryOptions { StaleAfter = TimeSpan.FromSeconds(60) }));

    private static HubRecord Hub(DateTimeOffset? lastBeat, TimeSpan? interval) => new()
    {
        HubId = "lomazzo",
        Version = 1,
        LastHeartbeatAt = lastBeat,
        HeartbeatInterval = interval,
        FirstSeenAt = Now.AddHours(-2),
    };

    [Fact]
    public void A_hub_within_three_beats_of_its_interval_is_online()
    {
        var state = Liveness.Assess(Hub(Now.AddSeconds(-44), TimeSpan.FromSeconds(15)));

        Assert.Equal(HubStatus.Online, state.Status);
        Assert.Null(state.StaleSince);
    }

    [Fact]
    public void A_hub_past_three_beats_is_stale_since_the_third_missed_beat()
    {
        var lastBeat = Now.AddSeconds(-46);

        var state = Liveness.Assess(Hub(lastBeat, TimeSpan.FromSeconds(15)));

        Assert.Equal(HubStatus.Stale, state.Status);
        Assert.Equal(lastBeat.AddSeconds(45), state.StaleSince);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000_000)]
    public void Without_a_believable_interval_the_configured_quiet_time_applies(int? intervalSeconds)
    {
        var interval = intervalSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;

        Assert.Equal(HubStatus.Online, Liveness.Assess(Hub(Now.AddSeconds(-59), interval)).Status);
        Assert.Equal(Now.AddSeconds(-61).AddSeconds(60), Liveness.Assess(Hub(Now.AddSeconds(-61), interval)).StaleSince);
    }

    [Fact]
    public void A_hub_that_never_beat_is_stale_since_first_heard_of()
    {
        var state = Liveness.Assess(Hub(null, null));

        Assert.Equal(HubStatus.Stale, state.Status);
        Assert.Equal(Now.AddHours(-2), state.StaleSince);
        Assert.Equal(new Liveness(HubStatus.Stale, null), Liveness.Assess(null));
    }
}
