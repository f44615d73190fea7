using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>An expert was created or changed at a hub: the full public profile (<see cref="ExpertProfile"/>), never a diff.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.expert-published")]
[MessageUrn("hubs:expert-published:v1")]
public sealed record ExpertPublished : ExpertProfile, IVersionedEvent
{
    public ExpertPublished()
    {
    }

    /// <summary>The event showing <paramref name="profile"/> as <paramref name="expertId"/>'s <paramref name="version"/>.</summary>
    [SetsRequiredMembers]
    public ExpertPublished(ExpertProfile profile, string hubId, Guid expertId, long version, Guid eventId, DateTimeOffset occurredAt)
        : base(profile)
    {
        HubId = hubId;
        ExpertId = expertId;
        Version = version;
        EventId = eventId;
        OccurredAt = occurredAt;
    }

    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid ExpertId { get; init; }
}
