using Hubs.Contracts.Events;

namespace Hubs.Exchange.Adoptions;

/// <summary>What the network hears of an adoption: ids, time and the practice's topics, never the note.</summary>
public static class AdoptionEvents
{
    /// <summary>
    /// <see cref="PracticeAdopted"/> for <paramref name="adoption"/>; HubId is the adopting hub, and the exchange publishes
    /// it as the authority on adoptions. An adoption happens once, so its version is 1.
    /// </summary>
    public static PracticeAdopted Adopted(Adoption adoption, IReadOnlyList<string> topics, Guid eventId) => new()
    {
        HubId = adoption.AdoptingHubId,
        EventId = eventId,
        OccurredAt = adoption.AdoptedAt,
        Version = 1,
        AdoptionId = adoption.AdoptionId,
        PracticeHubId = adoption.PracticeHubId,
        PracticeId = adoption.PracticeId,
        Topics = topics,
    };
}
