using Hubs.Contracts.Events;
using Hubs.Directory.Resync;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.Directory.Registry;

/// <summary>
/// Suspends and admits hubs for the network's coordinators. The decision is stored, with its audit entry, (the directory hides a suspended
/// hub's entries and ignores its events at once) in one transaction with <see cref="HubMembershipChanged"/> for the
/// exchange and, for an admission, a snapshot request to the hub (its events were ignored while it was suspended):
/// the outbox relay publishes them, so a crash after the decision cannot lose them.
/// </summary>
public sealed class HubMembershipDesk(IHubRegistry registry, OutboxSignal relay, TimeProvider clock, ILogger<HubMembershipDesk> logger)
{
    /// <summary>Suspends or admits <paramref name="hubId"/>; null when the directory never heard of it.</summary>
    public async Task<HubMembershipView?> DecideAsync(string hubId, bool suspended, MembershipNote note, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        OutboxMessage? resync = null;
        var hub = await registry.SetSuspendedAsync(hubId, suspended, note, decided =>
        {
            // The state read back, not the one asked for: a concurrent decision wins by version at the exchange either way.
            var change = new HubMembershipChanged
            {
                HubId = decided.HubId,
                Suspended = decided.Suspended,
                Version = decided.MembershipVersion,
                EventId = Guid.CreateVersion7(now),
                OccurredAt = now,
            };
            resync = decided.Suspended ? null : SnapshotRequests.Message(hubId, SnapshotRequests.ByAdmission, now);
            var published = OutboxMessage.Publish(change, change.EventId, now);
            return resync is null ? [published] : [published, resync];
        }, cancellationToken);
        if (hub is null)
        {
            return null;
        }

        relay.Notify();
        logger.LogInformation("Hub {HubId} {Membership} by coordinator {Actor} (membership version {Version})",
            hubId, hub.Suspended ? "suspended" : "admitted", note.Actor, hub.MembershipVersion);
        return new HubMembershipView(hub.HubId, hub.Suspended, hub.MembershipVersion, resync?.EventId);
    }
}
