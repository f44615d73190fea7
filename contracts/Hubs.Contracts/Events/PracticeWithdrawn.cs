using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>A hub withdrew a practice. The version keeps an older publish from bringing it back.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.practice-withdrawn")]
[MessageUrn("hubs:practice-withdrawn:v1")]
public sealed record PracticeWithdrawn : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid PracticeId { get; init; }
}
