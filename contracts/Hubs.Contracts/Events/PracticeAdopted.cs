using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A hub adopted another hub's practice, as recorded by the exchange (the authority on adoptions: it publishes this
/// event under its own broker user, not the adopting hub's). <see cref="HubId"/> is the adopting hub. An adoption is
/// immutable, so <see cref="Version"/> is always 1. No note text (free text written by staff) and no personal data:
/// only ids and the practice's topic codes.
/// </summary>
[PublishedBy(MessageSender.Exchange)]
[EntityName("hubs.practice-adopted")]
[MessageUrn("hubs:practice-adopted:v1")]
public sealed record PracticeAdopted : IVersionedEvent
{
    /// <summary>The adopting hub.</summary>
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }

    /// <summary>Unique in the network; consumers are idempotent by it.</summary>
    public required Guid AdoptionId { get; init; }

    /// <summary>The hub that wrote the practice.</summary>
    public required string PracticeHubId { get; init; }
    public required Guid PracticeId { get; init; }

    /// <summary>The practice's topic codes (<see cref="Taxonomy.Topics"/>) when it was adopted.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
}
