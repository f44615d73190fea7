namespace Hubs.Contracts.Events;

/// <summary>Every integration event a hub emits: who sent it, its identity and when it happened.</summary>
public interface IHubEvent
{
    string HubId { get; }

    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
