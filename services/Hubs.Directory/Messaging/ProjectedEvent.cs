namespace Hubs.Directory.Messaging;

/// <summary>What the directory logs and counts of an event it applies: its type, id, hub, the entity it is about and its version.</summary>
public sealed record ProjectedEvent(string Type, Guid EventId, string? HubId, object Subject, long Version);
