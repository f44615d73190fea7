using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>"I am alive": sent periodically; <see cref="Version"/> is the heartbeat's sequence since the hub's store was created.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.hub-heartbeat")]
[MessageUrn("hubs:hub-heartbeat:v1")]
public sealed record HubHeartbeat : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }

    /// <summary>How often the hub promises to beat; the directory marks it stale after a few missed beats.</summary>
    public required TimeSpan Interval { get; init; }
}
