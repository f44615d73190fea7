using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// Closes a hub's answer to <see cref="Commands.SnapshotRequested"/>: the hub has republished its profile and every
/// expert (active or retired) at their current versions, and <see cref="ExpertIds"/> are all its active experts at
/// <see cref="OccurredAt"/>. An expert the directory holds for this hub that is absent here and was last changed
/// before <see cref="OccurredAt"/> no longer exists at the hub.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.snapshot-completed")]
[MessageUrn("hubs:snapshot-completed:v1")]
public sealed record SnapshotCompleted : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }

    /// <summary>When the hub read its state, by its own clock (the clock its experts' change times are stamped with).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The snapshot's sequence at the hub: <see cref="OccurredAt"/> in Unix milliseconds, so it grows across restarts.</summary>
    public required long Version { get; init; }

    /// <summary>The <see cref="Commands.SnapshotRequested.RequestId"/> answered.</summary>
    public required Guid RequestId { get; init; }

    /// <summary>Every active expert of the hub when the snapshot was taken.</summary>
    public required IReadOnlyList<Guid> ExpertIds { get; init; }
}
