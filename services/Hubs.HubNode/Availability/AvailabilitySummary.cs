using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>What the network is told about an expert's free time (see <c>ExpertAvailabilityChanged</c>).</summary>
public sealed record AvailabilitySummary(
    Instant? NextFreeBrainstorming,
    Instant? NextFreeFollowup,
    int FreeBrainstormingSlots,
    int FreeFollowupSlots)
{
    /// <summary>The counts cover this long from the moment the summary is made.</summary>
    public static readonly Duration CountedSpan = Duration.FromDays(14);
}
