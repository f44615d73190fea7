using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Snapshots;

/// <summary>A snapshot as it goes to the outbox: the state's events in publish order, <see cref="Completed"/> last.</summary>
public sealed record Snapshot(IReadOnlyList<OutboxMessage> Messages, SnapshotCompleted Completed);
