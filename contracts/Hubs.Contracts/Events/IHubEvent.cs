using MassTransit;

namespace Hubs.Contracts.Events;

// No exchange of its own: every hub event has its own, and the broker users' permissions name only those.
/// <summary>Every integration event a hub emits: who sent it, its identity and when it happened.</summary>
[ExcludeFromTopology]
public interface IHubEvent
{
    string HubId { get; }

    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
