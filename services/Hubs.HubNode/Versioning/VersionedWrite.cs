using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Versioning;

/// <summary>A resource's new state and the event announcing it, to be stored together (one transaction, or neither).</summary>
public sealed record VersionedWrite<T>(T Entity, OutboxMessage Event) where T : class;
