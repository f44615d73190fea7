using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Commands;

/// <summary>
/// The directory asks one hub (<see cref="HubId"/>) or every hub (null) to republish its current state: its profile,
/// every expert at their current version, then a closing <see cref="Events.SnapshotCompleted"/>. Published, not sent:
/// each hub node's own queue receives it and ignores a request addressed to another hub.
/// </summary>
[PublishedBy(MessageSender.Directory)]
[EntityName("hubs.snapshot-requested")]
[MessageUrn("hubs:snapshot-requested:v1")]
public sealed record SnapshotRequested
{
    /// <summary>Echoed by every hub's <see cref="Events.SnapshotCompleted"/>, so the asker can tell its answers apart.</summary>
    public required Guid RequestId { get; init; }

    /// <summary>Who asked, for the logs: <c>directory-start</c> or <c>coordinator</c>. Never a person's name.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The hub asked; null asks every hub.</summary>
    public string? HubId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
