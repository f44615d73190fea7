using MassTransit;

namespace Hubs.Contracts.Events;

// No exchange of its own: every hub event has its own, and the broker users' permissions name only those.
/// <summary>An event about one entity; <see cref="Version"/> grows monotonically per entity at its hub.</summary>
[ExcludeFromTopology]
public interface IVersionedEvent : IHubEvent
{
    long Version { get; }
}
