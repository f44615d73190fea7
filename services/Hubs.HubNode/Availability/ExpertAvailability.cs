using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>
/// An expert's stored availability. <see cref="Version"/> grows by one on every change of the rules (it is the
/// <c>If-Match</c> version); <see cref="SummaryVersion"/> grows by one on every <see cref="AvailabilitySummary"/>
/// published, which also happens when only time or bookings moved.
/// </summary>
public sealed record ExpertAvailability
{
    public required Guid ExpertId { get; init; }
    public required AvailabilityRules Rules { get; init; }
    public required long Version { get; init; }
    public required Instant UpdatedAt { get; init; }

    /// <summary>The summary last published; null before the first.</summary>
    public AvailabilitySummary? Summary { get; init; }

    public long SummaryVersion { get; init; }
}
