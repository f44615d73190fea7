using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Experts;

/// <summary>
/// The event that shows an expert's current version to the network: published when it changes, and again in a snapshot
/// (with a new event id, the same version and change time), so a replay shows the same.
/// </summary>
public static class ExpertEvents
{
    public static OutboxMessage Current(string hubId, Expert expert, Guid eventId) => expert.IsRetired
        ? OutboxMessage.For(new ExpertRetired
        {
            HubId = hubId,
            EventId = eventId,
            OccurredAt = expert.UpdatedAt,
            Version = expert.Version,
            ExpertId = expert.Id,
        })
        : OutboxMessage.For(new ExpertPublished(expert.Profile, hubId, expert.Id, expert.Version, eventId, expert.UpdatedAt));
}
