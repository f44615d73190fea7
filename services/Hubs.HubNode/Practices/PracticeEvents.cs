using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Practices;

/// <summary>
/// The event that shows a practice's current version to the network: published when it changes, and again in a
/// snapshot (with a new event id, the same version and change time), so a replay shows the same.
/// </summary>
public static class PracticeEvents
{
    public static OutboxMessage Current(string hubId, Practice practice, Guid eventId) => practice.IsWithdrawn
        ? OutboxMessage.For(new PracticeWithdrawn
        {
            HubId = hubId,
            EventId = eventId,
            OccurredAt = practice.UpdatedAt,
            Version = practice.Version,
            PracticeId = practice.Id,
        })
        : OutboxMessage.For(new PracticePublished
        {
            HubId = hubId,
            EventId = eventId,
            OccurredAt = practice.UpdatedAt,
            Version = practice.Version,
            PracticeId = practice.Id,
            Title = practice.Title,
            Summary = practice.Summary,
            BodyMarkdown = practice.BodyMarkdown,
            Topics = practice.Topics,
            ResultsAchieved = practice.ResultsAchieved,
            Links = practice.Links,
            Language = practice.Language,
            GrantCallReference = practice.GrantCallReference,
        });
}
