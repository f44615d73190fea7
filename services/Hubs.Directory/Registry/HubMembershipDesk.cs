using Hubs.Contracts.Events;
using Hubs.Directory.Resync;
using MassTransit;

namespace Hubs.Directory.Registry;

/// <summary>
/// Suspends and admits hubs for the network's coordinators. The decision is stored first (the directory hides a
/// suspended hub's entries and ignores its events at once), then published as <see cref="HubMembershipChanged"/> for
/// the exchange; an admission also asks the hub for a snapshot, since its events were ignored while it was suspended.
/// </summary>
public sealed class HubMembershipDesk(
    IHubRegistry registry, SnapshotRequests snapshots, IBus bus, TimeProvider clock, ILogger<HubMembershipDesk> logger)
{
    // A broker that is down must not hold a coordinator for long: the publish waits for the broker's confirm.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Suspends or admits <paramref name="hubId"/>; null when the directory never heard of it.</summary>
    /// <exception cref="TimeoutException">The broker did not confirm; the decision is stored, repeating the request republishes it.</exception>
    public async Task<HubMembershipView?> DecideAsync(string hubId, bool suspended, CancellationToken cancellationToken = default)
    {
        if (!await registry.SetSuspendedAsync(hubId, suspended, cancellationToken)
            || await registry.GetAsync(hubId, cancellationToken) is not { } hub)
        {
            return null;
        }

        // The state read back, not the one asked for: a concurrent decision wins by version at the exchange either way.
        var now = clock.GetUtcNow();
        var change = new HubMembershipChanged
        {
            HubId = hub.HubId,
            Suspended = hub.Suspended,
            Version = hub.MembershipVersion,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
        };
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(PublishTimeout);
            try
            {
                await bus.Publish(change, context => context.MessageId = change.EventId, timeout.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The broker did not confirm the membership change of {hubId} within {PublishTimeout}.", ex);
            }
        }

        var resync = hub.Suspended ? (Guid?)null : await snapshots.RequestAsync(hubId, SnapshotRequests.ByAdmission, cancellationToken);
        logger.LogInformation("Hub {HubId} {Membership} by a coordinator (membership version {Version})",
            hubId, hub.Suspended ? "suspended" : "admitted", hub.MembershipVersion);
        return new HubMembershipView(hub.HubId, hub.Suspended, hub.MembershipVersion, resync);
    }
}
