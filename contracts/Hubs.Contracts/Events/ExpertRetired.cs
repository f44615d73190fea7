using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>An expert no longer takes consultations at the hub. The version keeps an older publish from bringing them back.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.expert-retired")]
[MessageUrn("hubs:expert-retired:v1")]
public sealed record ExpertRetired : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid ExpertId { get; init; }
}
