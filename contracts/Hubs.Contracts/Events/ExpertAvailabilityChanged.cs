using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// The summary of an expert's free time at a hub, published whenever it changes: the availability was edited, a booking
/// took or freed time, or time simply passed. <see cref="Version"/> counts summaries of this expert (its own sequence,
/// not the expert profile's), so a consumer keeps the newest. Instants only: no rules, no bookings, no personal data.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.expert-availability-changed")]
[MessageUrn("hubs:expert-availability-changed:v1")]
public sealed record ExpertAvailabilityChanged : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid ExpertId { get; init; }

    /// <summary>Start (UTC) of the earliest bookable 45-minute brainstorming; null when none within the expert's horizon.</summary>
    public DateTimeOffset? NextFreeBrainstorming { get; init; }

    /// <summary>Start (UTC) of the earliest bookable 60-minute follow-up; null when none within the expert's horizon.</summary>
    public DateTimeOffset? NextFreeFollowup { get; init; }

    /// <summary>
    /// How many brainstorming start times are offered in the 14 days from <see cref="OccurredAt"/>. Offered starts overlap
    /// (they are a step apart), so booking one removes its neighbours too: a measure of openness, not of meetings left.
    /// </summary>
    public required int FreeBrainstormingSlotsNext14Days { get; init; }

    /// <summary>As <see cref="FreeBrainstormingSlotsNext14Days"/>, for follow-ups.</summary>
    public required int FreeFollowupSlotsNext14Days { get; init; }
}
