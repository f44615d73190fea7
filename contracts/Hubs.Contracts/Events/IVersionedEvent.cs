namespace Hubs.Contracts.Events;

/// <summary>An event about one entity; <see cref="Version"/> grows monotonically per entity at its hub.</summary>
public interface IVersionedEvent : IHubEvent
{
    long Version { get; }
}
