using Microsoft.Extensions.Options;

namespace Hubs.Directory.Registry;

/// <summary>
/// Judges whether a hub is online: stale after three missed beats of the interval it last announced in its heartbeat,
/// or after <see cref="DirectoryOptions.StaleAfter"/> when the interval is unknown. A suspended hub is
/// <see cref="HubStatus.Suspended"/> whatever its heartbeat.
/// </summary>
public sealed class HubLiveness(TimeProvider clock, IOptions<DirectoryOptions> options)
{
    private const int MissedBeats = 3;

    // A longer promised interval is not believed (and three of TimeSpan.MaxValue would overflow).
    private static readonly TimeSpan LongestInterval = TimeSpan.FromDays(1);

    public Liveness Assess(HubRecord? hub)
    {
        if (hub is { Suspended: true })
        {
            // Whatever its heartbeat says: a suspended hub's entries are not offered to anyone.
            return new Liveness(HubStatus.Suspended, null);
        }

        if (hub?.LastHeartbeatAt is not { } lastBeat)
        {
            // Never beat: stale since the directory first heard of it (unknown for a hub never heard of).
            return new Liveness(HubStatus.Stale, hub?.FirstSeenAt);
        }

        var deadline = lastBeat + QuietTime(hub.HeartbeatInterval);
        return clock.GetUtcNow() > deadline
            ? new Liveness(HubStatus.Stale, deadline)
            : new Liveness(HubStatus.Online, null);
    }

    private TimeSpan QuietTime(TimeSpan? interval) =>
        interval is { } beat && beat > TimeSpan.Zero && beat <= LongestInterval ? beat * MissedBeats : options.Value.StaleAfter;
}
